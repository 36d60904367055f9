#!/usr/bin/env bash
# Runs the identity-resolution benchmark (bench/ResolveLoadDriver.java) against a freshly started Roster.
#
#   bench/run-resolve-benchmark.sh --users 2000 --seconds 10     # small run
#   bench/run-resolve-benchmark.sh                               # the issue's run: 100,000 users
#
# Builds target/roster.war if it is missing, starts Payara Micro on 127.0.0.1 with a new H2 file database
# in a temporary directory (Hazelcast off), waits for GET /health/ready, runs the driver, stops the server
# (also on Ctrl-C or failure) and leaves the server log in the temporary directory.
#
# Options for this script (everything else goes to the driver; see java bench/ResolveLoadDriver.java --help):
#   --port N            HTTP port (default: a free port from 18080 up)
#   --heap SIZE         server heap (default 1g, as -Xmx1g)
#   --rebuild           rebuild the WAR even if target/roster.war exists
#   --keep-db           keep the H2 database files (deleted by default; the log is always kept)
#   --db-url URL        benchmark another database instead of a fresh H2 file, e.g.
#                       jdbc:postgresql://127.0.0.1:5432/roster_bench  (must be empty or disposable)
#   --db-driver C   its DataSource class (PostgreSQL: org.postgresql.Driver)
#   --db-user U, --db-password P   its credentials (passed to the server in the environment)
#   --addlibs JAR       extra library for Payara Micro, e.g. the PostgreSQL driver jar
#   --help              this text
# Environment: ROSTER_BENCH_JAVA_OPTS adds JVM options to the server (e.g. -XX:StartFlightRecording=…).
#
# Exit status: the driver's (0 all PASS, 1 a target missed, 2 a correctness failure), or 3 when the
# server could not be built or started.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

port=""
heap="1g"
rebuild=0
keep_db=0
db_url=""
db_driver=""
db_user=""
db_password=""
addlibs=""
driver_args=()

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        --port) port="$2"; shift 2 ;;
        --heap) heap="$2"; shift 2 ;;
        --rebuild) rebuild=1; shift ;;
        --keep-db) keep_db=1; shift ;;
        --db-url) db_url="$2"; shift 2 ;;
        --db-driver) db_driver="$2"; shift 2 ;;
        --db-user) db_user="$2"; shift 2 ;;
        --db-password) db_password="$2"; shift 2 ;;
        --addlibs) addlibs="$2"; shift 2 ;;
        --base|--admin-password)
            echo "$(basename "$0"): $1 is chosen by this script (it starts its own server)" >&2; exit 64 ;;
        --help|-h) usage; echo; echo "Driver options:"; java "$here/ResolveLoadDriver.java" --help; exit 0 ;;
        *) driver_args+=("$1"); shift ;;
    esac
done

# ---- the WAR and the runtime ---------------------------------------------------------------------------
source "$here/lib/roster-war.sh"
prepare_war_and_runtime

# ---- a port on the loopback interface -------------------------------------------------------------------
if [[ -z "$port" ]]; then
    port=18080
    while port_busy "$port"; do
        port=$((port + 1))
        [[ $port -lt 18200 ]] || { log "no free port in 18080-18199"; exit 3; }
    done
elif port_busy "$port"; then
    log "port $port is already in use"; exit 3
fi

# ---- the temporary directory, database and settings -----------------------------------------------------
prepare_server_settings
admin_password="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
payara_opts+=(--port "$port" --rootdir "$tmp/payara")

# ---- start, and stop on every way out --------------------------------------------------------------------
server_pid=""
stop_server() {
    local rc=$?
    trap - EXIT INT TERM
    stop_driver
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        log "stopping Roster (pid $server_pid)"
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$server_pid" 2>/dev/null; then
            log "Roster did not stop within 30 s; killing pid $server_pid"
            kill -KILL "$server_pid" 2>/dev/null || true
        fi
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp/payara"
    if [[ $keep_db -eq 0 ]]; then
        rm -rf "$tmp/db"
    fi
    log "server log: $server_log"
    exit "$rc"
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "starting Roster on http://127.0.0.1:$port (Payara Micro $payara_version, -Xmx$heap, $db_desc)"
(
    export ROSTER_ADMIN_PASSWORD="$admin_password"
    export ROSTER_DB_URL="$db_url"
    [[ -n "$db_driver" ]] && export ROSTER_DB_DRIVER="$db_driver"
    [[ -n "$db_user" ]] && export ROSTER_DB_USER="$db_user"
    [[ -n "$db_password" ]] && export ROSTER_DB_PASSWORD="$db_password"
    exec java "${java_opts[@]}" -jar "$payara_jar" "${payara_opts[@]}"
) > "$server_log" 2>&1 < /dev/null &
server_pid=$!

wait_ready Roster "http://127.0.0.1:$port/health/ready" "$server_pid" "$server_log" $((SECONDS + 240))
log "ready after ${SECONDS} s"

# ---- the driver ------------------------------------------------------------------------------------------
note="$(command_note run-resolve-benchmark.sh "server: Payara Micro $payara_version, -Xmx$heap, $db_desc, Hazelcast off, on the same machine as the driver" ${driver_args[@]+"${driver_args[@]}"})"

run_driver env ROSTER_ADMIN_PASSWORD="$admin_password" java -Xmx1g "$here/ResolveLoadDriver.java" \
    --base "http://127.0.0.1:$port" \
    --note "$note" \
    --summary-file "$tmp/summary.md" \
    --server-pid "$server_pid" \
    ${driver_args[@]+"${driver_args[@]}"}
