#!/usr/bin/env bash
# Starts a throw-away single-node Slurm 22.05 cluster (munged, slurmctld, slurmd, slurmrestd with JWT auth)
# under a scratch directory, for the Slurm end-to-end tests and benchmark. From a clone:
#
#   eval "$(scripts/slurm/start.sh)"   # start it and export SLURM_REST_URL, SLURM_JWT, SLURM_DIR, ... here
#   npm test                           # the Slurm tests now run against it
#   scripts/slurm/stop.sh              # stop every daemon (by PID; the dir is $SLURM_DIR)
#
# Env: SLURM_DIR (scratch dir; created if missing; default: a new dir from mktemp under $TMPDIR or /tmp),
#      CTLD_PORT (6817), SLURMD_PORT (6818), REST_PORT (6820), SLURM_CPUS (node CPUs; default 8: the node may
#      claim more CPUs than the machine has, thanks to SlurmdParameters=config_overrides),
#      SLURM_NO_INSTALL=1 (never run apt-get; fail if the packages are missing).
# Stdout carries only `export NAME=value` lines (SLURM_REST_URL, SLURM_JWT, SLURM_DIR, SLURM_CONF,
# SLURM_API_VERSION, SLURM_USER_NAME), for eval; progress goes to stderr. The same values, as NAME=value
# lines, are in $SLURM_DIR/env (`set -a; . "$SLURM_DIR/env"; set +a` exports them in another shell).
# Idempotent: when the cluster recorded in $SLURM_DIR is already up and answering, it only prints its
# env again. Daemons are recorded by PID in $SLURM_DIR/run/*.pid; stop.sh stops exactly those. A start
# that fails before any daemon ran removes the scratch dir it created; a later failure stops what it
# started and keeps the dir for its logs.
set -euo pipefail

log() { printf '[slurm] %s\n' "$*" >&2; }
# Set once this script has created the scratch dir itself (removed again by die: nothing ran in it yet).
CREATED_DIR=
die() {
  printf '[slurm] ERROR: %s\n' "$*" >&2
  if [ -n "$CREATED_DIR" ]; then rm -rf "$CREATED_DIR"; fi
  exit 1
}

CTLD_PORT=${CTLD_PORT:-6817}
SLURMD_PORT=${SLURMD_PORT:-6818}
REST_PORT=${REST_PORT:-6820}
SLURM_CPUS=${SLURM_CPUS:-8}
API_VERSION=v0.0.38
PACKAGES=(munge slurmctld slurmd slurmrestd slurm-client slurm-wlm-jwt-plugin curl)

# ---------------------------------------------------------------------------------------------- install
missing_packages() {
  local p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || printf '%s ' "$p"
  done
}

install_packages() {
  local missing
  missing=$(missing_packages)
  [ -z "$missing" ] && return 0
  [ "${SLURM_NO_INSTALL:-}" = 1 ] && die "missing Debian packages: $missing(SLURM_NO_INSTALL=1, not installing)"
  [ "$(id -u)" = 0 ] || die "missing Debian packages: $missing— run as root (or install them first)"
  command -v apt-get >/dev/null || die "missing packages: $missing— and no apt-get on this machine (Debian/Ubuntu only)"
  # The postinst scripts call invoke-rc.d to start a system munged/slurmctld/slurmd; block that with a
  # policy-rc.d for the duration of the install unless one is already in place.
  local own_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && own_policy=1
  fi
  log "installing: $missing"
  local rc=0
  { apt-get -o DPkg::Lock::Timeout=300 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends $missing; } >&2 || rc=$?
  if [ "$own_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
  [ "$rc" = 0 ] || die "apt-get failed (exit $rc) installing: $missing"
}

# ---------------------------------------------------------------------------------------------- helpers
# A PID is alive when /proc/<pid> exists and is not a zombie (in a container whose PID 1 never reaps
# children, a dead daemon stays a zombie).
alive() {
  local pid=$1 state
  [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] || return 1
  state=$(sed -E 's/^[0-9]+ \(.*\) ([A-Za-z]).*/\1/' "/proc/$pid/stat" 2>/dev/null) || return 1
  [ "$state" != Z ] && [ "$state" != X ]
}

tail_logs() {
  local f
  for f in "$D"/log/*.log "$D"/log/*.out; do
    [ -s "$f" ] || continue
    printf '[slurm] ---- last lines of %s ----\n' "$f" >&2
    tail -n 25 "$f" >&2
  done
}

fail() {
  printf '[slurm] ERROR: %s\n' "$*" >&2
  tail_logs
  printf '[slurm] stopping what was started (scripts/slurm/stop.sh %s)\n' "$D" >&2
  "$HERE/stop.sh" "$D" >&2 || true
  exit 1
}

# wait_for <seconds> <description> <pid-to-watch|-> <command...>
wait_for() {
  local secs=$1 what=$2 pid=$3; shift 3
  local deadline=$((SECONDS + secs))
  until "$@" >/dev/null 2>&1; do
    if [ "$pid" != - ] && ! alive "$pid"; then fail "$what: the daemon (pid $pid) exited"; fi
    [ "$SECONDS" -lt "$deadline" ] || fail "$what: not ready after ${secs}s"
    sleep 0.1
  done
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

rest_ping() {
  curl -sf -o /dev/null --max-time 2 -H "X-SLURM-USER-NAME: root" -H "X-SLURM-USER-TOKEN: $1" \
    "http://127.0.0.1:$REST_PORT/slurm/$API_VERSION/ping"
}

# The env file as `export NAME=value` lines (shell-quoted), for `eval "$(scripts/slurm/start.sh)"`.
print_env() {
  local k v
  while IFS='=' read -r k v; do
    [ -n "$k" ] && printf 'export %s=%q\n' "$k" "$v"
  done < "$D/env"
}

# ---------------------------------------------------------------------------------------------- main
HERE=$(cd "$(dirname "$0")" && pwd)
# Already running from this dir? Then only print its env (idempotent).
if [ -n "${SLURM_DIR:-}" ] && [ -s "$SLURM_DIR/env" ] && [ -s "$SLURM_DIR/run/slurmrestd.pid" ] && alive "$(cat "$SLURM_DIR/run/slurmrestd.pid")"; then
  D=$(cd "$SLURM_DIR" && pwd)
  REST_PORT=$(sed -n 's#^SLURM_REST_URL=http://127.0.0.1:\([0-9]*\).*#\1#p' "$D/env")
  tok=$(sed -n 's/^SLURM_JWT=//p' "$D/env")
  if rest_ping "$tok"; then log "already running in $D"; print_env; exit 0; fi
fi

# Everything that can be checked without a scratch dir is checked first.
for p in "$CTLD_PORT" "$SLURMD_PORT" "$REST_PORT"; do
  port_free "$p" || die "port $p on 127.0.0.1 is in use (another cluster? stop it with scripts/slurm/stop.sh <dir>, or set CTLD_PORT/SLURMD_PORT/REST_PORT)"
done
install_packages
for b in munged munge unmunge slurmctld slurmd slurmrestd scontrol sinfo squeue scancel; do
  command -v "$b" >/dev/null || die "'$b' not found on PATH after install"
done
# JWT authentication (the only kind slurmrestd accepts here) comes in its own package.
[ -e /usr/lib/x86_64-linux-gnu/slurm-wlm/auth_jwt.so ] || ls /usr/lib/*/slurm-wlm/auth_jwt.so >/dev/null 2>&1 \
  || die "auth_jwt.so missing: install slurm-wlm-jwt-plugin"

if [ -n "${SLURM_DIR:-}" ]; then
  [ -d "$SLURM_DIR" ] || CREATED_DIR=$SLURM_DIR
  mkdir -p "$SLURM_DIR"
  D=$(cd "$SLURM_DIR" && pwd)
  [ -z "$CREATED_DIR" ] || CREATED_DIR=$D
else
  D=$(mktemp -d "${TMPDIR:-/tmp}/slurm-ci.XXXXXX")
  CREATED_DIR=$D
fi

log "scratch dir $D"
mkdir -p "$D"/{etc,munge,state,spool,run,log,jobs}
# munged needs o+x on the socket dir and every ancestor; slurmrestd (user slurm) must read slurm.conf.
chmod 755 "$D" "$D/etc" "$D/munge" "$D/run" "$D/log"
chmod 1777 "$D/jobs"
a=$D
while [ "$a" != / ]; do
  a=$(dirname "$a")
  [ "$(( $(stat -c '%a' "$a") % 2 ))" = 1 ] || die "$a lacks o+x; munged needs it on every ancestor of $D"
done

[ -s "$D/munge/munge.key" ] || { dd if=/dev/urandom of="$D/munge/munge.key" bs=1024 count=1 status=none; chmod 400 "$D/munge/munge.key"; }
[ -s "$D/etc/jwt_hs256.key" ] || { dd if=/dev/urandom of="$D/etc/jwt_hs256.key" bs=32 count=1 status=none; chmod 600 "$D/etc/jwt_hs256.key"; }

export SLURM_CONF=$D/etc/slurm.conf
cat > "$SLURM_CONF" <<CONF
ClusterName=citest
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$D/munge/munge.socket.2
AuthAltTypes=auth/jwt
AuthAltParameters=jwt_key=$D/etc/jwt_hs256.key
StateSaveLocation=$D/state
SlurmdSpoolDir=$D/spool
SlurmctldPidFile=$D/run/slurmctld.daemon.pid
SlurmdPidFile=$D/run/slurmd.daemon.pid
SlurmctldLogFile=$D/log/slurmctld.log
SlurmdLogFile=$D/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SwitchType=switch/none
MailProg=/bin/true
SchedulerType=sched/backfill
SchedulerParameters=batch_sched_delay=0
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
EnforcePartLimits=ALL
ReturnToService=2
SlurmdParameters=config_overrides
JobRequeue=0
KillWait=5
MinJobAge=3600
NodeName=localhost NodeHostname=localhost NodeAddr=127.0.0.1 CPUs=$SLURM_CPUS RealMemory=1000 State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
chmod 644 "$SLURM_CONF"

# Each daemon runs in the foreground (-F/-D) in the background of this shell, in its own session so a
# Ctrl-C in the calling terminal does not reach it; its PID is recorded for stop.sh.
start_daemon() { # name cmd...
  local name=$1; shift
  setsid "$@" >>"$D/log/$name.out" 2>&1 < /dev/null &
  echo $! > "$D/run/$name.pid"
  log "started $name (pid $!)"
}

start_daemon munged munged -F --key-file="$D/munge/munge.key" --socket="$D/munge/munge.socket.2" \
  --pid-file="$D/munge/munged.pid" --seed-file="$D/munge/munged.seed" --log-file="$D/log/munged.log"
munge_ok() { munge -n -S "$D/munge/munge.socket.2" | unmunge -S "$D/munge/munge.socket.2"; }
wait_for 10 munged "$(cat "$D/run/munged.pid")" munge_ok

start_daemon slurmctld slurmctld -D -f "$SLURM_CONF"
ctld_ok() { scontrol ping | grep -q 'is UP'; }
wait_for 20 slurmctld "$(cat "$D/run/slurmctld.pid")" ctld_ok

start_daemon slurmd slurmd -D -N localhost -f "$SLURM_CONF"
node_ok() { [ "$(sinfo -h -n localhost -o %t)" = idle ]; }
wait_for 20 "slurmd (node idle)" "$(cat "$D/run/slurmd.pid")" node_ok

TOKEN=$(scontrol token username=root lifespan=86400 | sed -n 's/^SLURM_JWT=//p')
[ -n "$TOKEN" ] || fail "scontrol token printed no token"

# slurmrestd: -u/-g slurm (it refuses to run as root), only the openapi/v0.0.38 plugin (the others of
# 22.05 fail to load together), SLURM_JWT=daemon (it authenticates itself to slurmctld with the JWT key);
# cwd = jobs dir so jobs without a working directory do not land somewhere odd.
cd "$D/jobs"
start_daemon slurmrestd env SLURM_JWT=daemon slurmrestd -f "$SLURM_CONF" -a rest_auth/jwt -s "openapi/$API_VERSION" \
  -u slurm -g slurm "127.0.0.1:$REST_PORT"
cd - >/dev/null
rest_pid=$(cat "$D/run/slurmrestd.pid")
wait_for 20 "slurmrestd /ping" "$rest_pid" rest_ping "$TOKEN"

umask 077
cat > "$D/env" <<ENV
SLURM_REST_URL=http://127.0.0.1:$REST_PORT
SLURM_JWT=$TOKEN
SLURM_DIR=$D
SLURM_CONF=$SLURM_CONF
SLURM_API_VERSION=$API_VERSION
SLURM_USER_NAME=root
ENV
log "ready: REST on http://127.0.0.1:$REST_PORT/slurm/$API_VERSION (env in $D/env)"
print_env
