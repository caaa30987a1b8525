#!/usr/bin/env bash
# Stops the throw-away cluster started by scripts/slurm/start.sh:
#   scripts/slurm/stop.sh [dir]        # dir defaults to $SLURM_DIR (exported by eval "$(scripts/slurm/start.sh)")
# Cancels every job and waits for the queue to empty first (killing slurmd leaves running jobs behind as
# orphans), then SIGTERMs each daemon by its recorded PID — slurmrestd, slurmd,
# slurmctld, munged — and waits for it to exit (SIGKILL after 10 s). Never kills by name. Idempotent: a
# dir whose daemons are already gone is fine. Keeps the dir (logs); remove it yourself when done.
set -uo pipefail

log() { printf '[slurm] %s\n' "$*" >&2; }

D=${1:-${SLURM_DIR:-}}
[ -n "$D" ] || { log "usage: stop.sh <dir> (or set SLURM_DIR)"; exit 2; }
[ -d "$D" ] || { log "$D does not exist: nothing to stop"; exit 0; }
D=$(cd "$D" && pwd)
export SLURM_CONF=$D/etc/slurm.conf

alive() {
  local pid=$1 state
  [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] || return 1
  state=$(sed -E 's/^[0-9]+ \(.*\) ([A-Za-z]).*/\1/' "/proc/$pid/stat" 2>/dev/null) || return 1
  [ "$state" != Z ] && [ "$state" != X ]
}
pid_of() { [ -s "$D/run/$1.pid" ] && cat "$D/run/$1.pid"; }
# The recorded PID must still be the daemon we started (PIDs get reused).
is_ours() { alive "$1" && grep -qa -- "$2" "/proc/$1/cmdline" 2>/dev/null; }

rc=0
ctld=$(pid_of slurmctld || true)
if [ -f "$SLURM_CONF" ] && is_ours "$ctld" slurmctld; then
  if scancel --user=root >/dev/null 2>&1 || scancel --user=root; then
    deadline=$((SECONDS + 30))
    while :; do
      left=$(squeue -h -o %i 2>/dev/null | wc -l)
      [ "$left" = 0 ] && break
      if [ "$SECONDS" -ge "$deadline" ]; then
        log "WARNING: $left job(s) still in the queue after 30s:"; squeue >&2; rc=1; break
      fi
      sleep 0.2
    done
  else
    log "WARNING: scancel failed"; rc=1
  fi
fi

for name in slurmrestd slurmd slurmctld munged; do
  pid=$(pid_of "$name" || true)
  [ -n "$pid" ] || continue
  if ! is_ours "$pid" "$name"; then rm -f "$D/run/$name.pid"; continue; fi
  kill -TERM "$pid" 2>/dev/null
  deadline=$((SECONDS + 10))
  while alive "$pid" && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.05; done
  if alive "$pid"; then
    log "WARNING: $name (pid $pid) ignored SIGTERM for 10s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null; sleep 0.2
    if alive "$pid"; then log "ERROR: $name (pid $pid) still alive"; rc=1; continue; fi
  fi
  log "stopped $name (pid $pid)"
  rm -f "$D/run/$name.pid"
done
exit $rc
