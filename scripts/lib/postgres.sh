# shellcheck shell=bash
# Throwaway PostgreSQL cluster for tests: no service, no root daemon, trust auth,
# data directory in a temp dir that pg_stop removes.
#
# Sourced by .ci/run and scripts/test-postgres.sh (the logic lives only here).
#
#   pg_start   starts a cluster; on success sets and exports
#                PG_PORT        the port it listens on (127.0.0.1 only)
#                PG_DATA_DIR    its data dir (also holds the Unix socket and server.log)
#                PG_CONNECTION  "Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
#              returns non-zero (and prints the server log) if it cannot start.
#   pg_stop    stops it (fast shutdown) and removes the data dir; safe to call
#              more than once and when nothing was started. Silent when idle.
#
# Inputs (environment):
#   LC_PG_PORT  first port to try (default 55432); if busy, the next free one
#               of the following 20 is used.
#   PG_BIN      directory with initdb/pg_ctl (default: /usr/lib/postgresql/15/bin,
#               else the newest /usr/lib/postgresql/*/bin).
#
# As root, initdb/pg_ctl run as the `postgres` user (runuser); otherwise as the
# current user, with `postgres` as the cluster's superuser name either way.

PG_PORT="${PG_PORT:-}"
PG_DATA_DIR="${PG_DATA_DIR:-}"
PG_CONNECTION="${PG_CONNECTION:-}"
_pg_started=0

_pg_log() { echo "postgres: $*" >&2; }

_pg_find_bin() {
  if [[ -n "${PG_BIN:-}" ]]; then
    [[ -x "$PG_BIN/initdb" ]] && { echo "$PG_BIN"; return 0; }
    return 1
  fi
  if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
    echo /usr/lib/postgresql/15/bin; return 0
  fi
  local d best=""
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x "$d/initdb" ]] && best="$d"
  done
  [[ -n "$best" ]] && { echo "$best"; return 0; }
  return 1
}

# Run a command as the cluster owner, from / (the postgres user may not be
# able to read the caller's cwd, e.g. a clone under /root).
_pg_as_owner() {
  if [[ $EUID -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

# True if something listens on 127.0.0.1:$1 (or on any address at that port).
_pg_port_busy() {
  local port="$1"
  if command -v ss >/dev/null 2>&1; then
    ss -Hltn "sport = :$port" 2>/dev/null | grep -q . && return 0
  fi
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
  return 1
}

pg_start() {
  if [[ $_pg_started -eq 1 ]]; then
    _pg_log "already running on port $PG_PORT"; return 0
  fi
  local bin
  if ! bin="$(_pg_find_bin)"; then
    _pg_log "initdb not found (install Debian's 'postgresql' package: apt-get install -y postgresql)"
    return 1
  fi
  if [[ $EUID -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    _pg_log "running as root but there is no 'postgres' user (is the postgresql package installed?)"
    return 1
  fi

  PG_DATA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/lc-pg.XXXXXX")"
  chmod 700 "$PG_DATA_DIR"
  if [[ $EUID -eq 0 ]]; then chown postgres: "$PG_DATA_DIR"; fi
  _pg_started=1   # from here on pg_stop has something to clean up

  if ! _pg_as_owner "$bin/initdb" -D "$PG_DATA_DIR/data" -U postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$PG_DATA_DIR/initdb.log" 2>&1; then
    _pg_log "initdb failed:"; cat "$PG_DATA_DIR/initdb.log" >&2
    pg_stop; return 1
  fi

  local first="${LC_PG_PORT:-55432}" port attempt=0
  for ((port = first; port < first + 20; port++)); do
    if _pg_port_busy "$port"; then
      _pg_log "port $port is busy, trying the next one"; continue
    fi
    attempt=$((attempt + 1))
    if _pg_as_owner "$bin/pg_ctl" -D "$PG_DATA_DIR/data" -l "$PG_DATA_DIR/server.log" -w -t 60 \
         -o "-p $port -k $PG_DATA_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
         start >/dev/null; then
      PG_PORT="$port"
      PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
      export PG_PORT PG_DATA_DIR PG_CONNECTION
      _pg_log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') up on 127.0.0.1:$PG_PORT (data $PG_DATA_DIR)"
      return 0
    fi
    # Lost a race for the port? Try the next one; otherwise give up.
    if grep -qiE 'could not (bind|create listen)|address already in use' "$PG_DATA_DIR/server.log" 2>/dev/null \
       && [[ $attempt -lt 3 ]]; then
      _pg_log "port $port was taken while starting, trying the next one"
      : >"$PG_DATA_DIR/server.log"; continue
    fi
    break
  done
  _pg_log "could not start the cluster (ports $first..$((first + 19))); server log:"
  cat "$PG_DATA_DIR/server.log" >&2 2>/dev/null || true
  pg_stop; return 1
}

pg_stop() {
  [[ $_pg_started -eq 1 ]] || return 0
  _pg_started=0
  local bin
  if [[ -n "$PG_DATA_DIR" && -f "$PG_DATA_DIR/data/postmaster.pid" ]] && bin="$(_pg_find_bin)"; then
    _pg_as_owner "$bin/pg_ctl" -D "$PG_DATA_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
      || _pg_as_owner "$bin/pg_ctl" -D "$PG_DATA_DIR/data" -m immediate -w -t 30 stop >/dev/null 2>&1 \
      || _pg_log "warning: pg_ctl stop failed for $PG_DATA_DIR"
  fi
  if [[ -n "$PG_DATA_DIR" && -d "$PG_DATA_DIR" ]]; then
    rm -rf -- "$PG_DATA_DIR"
  fi
  PG_DATA_DIR=""; PG_PORT=""; PG_CONNECTION=""
  return 0
}
