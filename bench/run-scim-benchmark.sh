#!/usr/bin/env bash
# Runs the Okta-style SCIM benchmark (bench/ScimLoadDriver.java) against a freshly started Roster.
#
#   bench/run-scim-benchmark.sh --users 2000            # small run
#   bench/run-scim-benchmark.sh                         # the issue's run: 100,000 users
#
# Builds target/roster.war if it is missing, starts Payara Micro on 127.0.0.1 with a new H2 file database
# in a temporary directory (Hazelcast off), waits for GET /health/ready, runs the driver, stops the server
# (also on Ctrl-C or failure) and leaves the server log in the temporary directory.
#
# Options for this script (everything else goes to the driver; see java bench/ScimLoadDriver.java --help):
#   --port N            HTTP port (default: a free port from 18080 up)
#   --heap SIZE         server heap (default 1g, as -Xmx1g)
#   --rebuild           rebuild the WAR even if target/roster.war exists
#   --keep-db           keep the H2 database files (deleted by default; the log is always kept)
#   --db-url URL        benchmark another database instead of a fresh H2 file, e.g.
#                       jdbc:postgresql://127.0.0.1:5432/roster_bench  (must be empty or disposable)
#   --db-driver C   its DataSource class (PostgreSQL: org.postgresql.Driver)
#   --db-user U, --db-password P   its credentials (passed to the server in the environment)
#   --addlibs JAR       extra library for Payara Micro, e.g. the PostgreSQL driver jar
#   --nodes N           start N servers on consecutive free ports, all on --db-url (PostgreSQL: nodes cannot
#                       share an H2 file), Hazelcast off; the driver sends requests to them round-robin
#   --db-pid PID        the database server's process id (its postmaster): its CPU, with its backends, then
#                       counts as server CPU; found automatically for a PostgreSQL on 127.0.0.1 when psql can
#                       read its data directory
#   --streams N         push events (issue 14): before the driver, start N receivers with a push stream each
#                       (bench/EventsLoadDriver.java --mode receive, in the background; streams ask for every event
#                       type); after it, wait until they caught up, check what they got and print their counts.
#                       Default 0: no stream
#   --stream-events L   with --streams: the event types each stream requests (EventsLoadDriver's --events, e.g.
#                       deactivate,delete,patch:full for what a data layer acts on; default every type)
#   --driver FILE       the load driver (default bench/ScimLoadDriver.java); bench/run-events-benchmark.sh passes
#                       bench/EventsLoadDriver.java
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
nodes=1
db_pid=""
streams=0
stream_events=""
driver="$here/ScimLoadDriver.java"
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
        --nodes) nodes="$2"; shift 2 ;;
        --db-pid) db_pid="$2"; shift 2 ;;
        --streams) streams="$2"; shift 2 ;;
        --stream-events) stream_events="$2"; shift 2 ;;
        --driver) driver="$2"; shift 2 ;;
        --base|--token|--admin-password)
            echo "$(basename "$0"): $1 is chosen by this script (it starts its own server)" >&2; exit 64 ;;
        --help|-h) usage; echo; echo "Driver options:"; java "$driver" --help; exit 0 ;;
        *) driver_args+=("$1"); shift ;;
    esac
done

# The events driver makes its own streams: --streams is its option then.
if [[ "$(basename "$driver")" == EventsLoadDriver.java && $streams -gt 0 ]]; then
    driver_args+=(--streams "$streams")
    streams=0
fi

# ---- the WAR and the runtime ---------------------------------------------------------------------------
source "$here/lib/roster-war.sh"
prepare_war_and_runtime

# ---- a port on the loopback interface -------------------------------------------------------------------
[[ "$nodes" =~ ^[1-9]$ ]] || { log "--nodes must be 1-9"; exit 64; }
if [[ $nodes -gt 1 && "$db_url" != jdbc:postgresql:* ]]; then
    log "--nodes $nodes needs --db-url jdbc:postgresql://…: several nodes cannot share one H2 file"; exit 64
fi
ports=()
candidate="${port:-18080}"
while [[ ${#ports[@]} -lt $nodes ]]; do
    if port_busy "$candidate"; then
        [[ -z "$port" ]] || { log "port $candidate is already in use"; exit 3; }
    else
        ports+=("$candidate")
    fi
    candidate=$((candidate + 1))
    [[ $candidate -lt 18200 || -n "$port" ]] || { log "no free port in 18080-18199"; exit 3; }
done
port="${ports[0]}"

# ---- the temporary directory, database and settings -----------------------------------------------------
prepare_server_settings
token="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# The admin API (push-event streams are created through it); receivers on loopback need the private-address
# guard off, which is harmless on a server that listens on 127.0.0.1 only.
admin_password="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"

# ---- start, and stop on every way out --------------------------------------------------------------------
server_pids=()
stop_server() {
    local rc=$?
    trap - EXIT INT TERM
    stop_driver
    if [[ -n "${receiver_pid:-}" ]] && kill -0 "$receiver_pid" 2>/dev/null; then
        kill -TERM "$receiver_pid" 2>/dev/null || true
        wait "$receiver_pid" 2>/dev/null || true
    fi
    for server_pid in ${server_pids[@]+"${server_pids[@]}"}; do
        kill -0 "$server_pid" 2>/dev/null || continue
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
    done
    rm -rf "$tmp"/payara*
    if [[ $keep_db -eq 0 ]]; then
        rm -rf "$tmp/db"
    fi
    log "server log: $server_log"
    exit "$rc"
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

bases=""
for i in $(seq 0 $((nodes - 1))); do
    node_log="$server_log"
    [[ $i -eq 0 ]] || node_log="$tmp/server$i.log"
    log "starting Roster on http://127.0.0.1:${ports[$i]} (Payara Micro $payara_version, -Xmx$heap, $db_desc)"
    (
        export ROSTER_SCIM_TOKEN="$token"
        export ROSTER_ADMIN_PASSWORD="$admin_password"
        export ROSTER_EVENTS_ALLOW_PRIVATE_RECEIVERS=true
        export ROSTER_DB_URL="$db_url"
        [[ -n "$db_driver" ]] && export ROSTER_DB_DRIVER="$db_driver"
        [[ -n "$db_user" ]] && export ROSTER_DB_USER="$db_user"
        [[ -n "$db_password" ]] && export ROSTER_DB_PASSWORD="$db_password"
        exec java "${java_opts[@]}" -jar "$payara_jar" "${payara_opts[@]}" --port "${ports[$i]}" --rootdir "$tmp/payara$i"
    ) > "$node_log" 2>&1 < /dev/null &
    server_pids+=($!)
    bases+="${bases:+,}http://127.0.0.1:${ports[$i]}/scim/v2"
done

deadline=$((SECONDS + 300))
for i in $(seq 0 $((nodes - 1))); do
    node_log="$server_log"
    [[ $i -eq 0 ]] || node_log="$tmp/server$i.log"
    wait_ready Roster "http://127.0.0.1:${ports[$i]}/health/ready" "${server_pids[$i]}" "$node_log" "$deadline"
done
log "ready after ${SECONDS} s"

# The database server's CPU counts as server CPU too (PostgreSQL on this machine: its postmaster).
if [[ -z "$db_pid" && "$db_url" == jdbc:postgresql://127.0.0.1* ]] && command -v psql >/dev/null; then
    data_dir="$(psql -h 127.0.0.1 -U "${db_user:-postgres}" -d postgres -tAc 'SHOW data_directory' 2>/dev/null || true)"
    [[ -n "$data_dir" && -r "$data_dir/postmaster.pid" ]] && db_pid="$(head -n 1 "$data_dir/postmaster.pid")"
fi
server_pid_list="$(IFS=,; echo "${server_pids[*]}")${db_pid:+,$db_pid}"

# ---- the driver ------------------------------------------------------------------------------------------
description="server: $nodes × Payara Micro $payara_version, -Xmx$heap, $db_desc, Hazelcast off, on the same machine as the driver${db_pid:+ (server CPU includes the database, pid $db_pid)}"
script_args=()
[[ $nodes -gt 1 ]] && script_args+=(--nodes "$nodes")
[[ $streams -gt 0 ]] && script_args+=(--streams "$streams")
[[ -n "$stream_events" ]] && script_args+=(--stream-events "$stream_events")
script_name=run-scim-benchmark.sh
[[ "$(basename "$driver")" == EventsLoadDriver.java ]] && script_name=run-events-benchmark.sh
note="$(command_note "$script_name" "$description" ${script_args[@]+"${script_args[@]}"} ${driver_args[@]+"${driver_args[@]}"})"

# ---- push-event receivers beside the driver (--streams N) -------------------------------------------------
if [[ $streams -gt 0 ]]; then
    receiver_log="$tmp/receivers.log"
    log "starting $streams event receivers, a push stream each (log: $receiver_log)"
    env ROSTER_ADMIN_PASSWORD="$admin_password" java "$here/EventsLoadDriver.java" --mode receive \
        --streams "$streams" ${stream_events:+--events "$stream_events"} --base "http://127.0.0.1:$port" \
        --ready-file "$tmp/receivers.ready" \
        --stop-file "$tmp/receivers.stop" --summary-file "$tmp/receivers.md" --server-pid "${server_pids[0]}" \
        > "$receiver_log" 2>&1 < /dev/null &
    receiver_pid=$!
    until [[ -f "$tmp/receivers.ready" ]]; do
        kill -0 "$receiver_pid" 2>/dev/null || { log "the receivers did not start:"; cat "$receiver_log" >&2; exit 3; }
        sleep 0.2
    done
    log "streams: $(cat "$tmp/receivers.ready")"

    # Tells the receivers when the writes ended, waits until they caught up, and prints what they got.
    after_driver() {
        local rc="$1" receiver_rc
        date +%s%3N > "$tmp/receivers.stop"
        log "waiting for the event receivers to catch up"
        wait "$receiver_pid"
        receiver_rc=$?
        receiver_pid=""
        cat "$receiver_log"
        [[ -f "$tmp/receivers.md" ]] && cat "$tmp/receivers.md" >> "$tmp/summary.md"
        return $((receiver_rc > rc ? receiver_rc : rc))
    }
fi

run_driver env ROSTER_SCIM_TOKEN="$token" ROSTER_ADMIN_PASSWORD="$admin_password" java "$driver" \
    --base "$bases" \
    --note "$note" \
    --summary-file "$tmp/summary.md" \
    --server-pid "$server_pid_list" \
    ${driver_args[@]+"${driver_args[@]}"}
