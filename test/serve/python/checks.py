"""What the independent Python clients share: one line per check, and the first failure ends the run."""
import sys

BIG = 2**62 + 1  # an int64 beyond 2^53: intact only if nothing on the way is a double


def check(cond, what):
    if not cond:
        print("FAIL:", what, flush=True)
        sys.exit(1)
    print("ok:", what, flush=True)
