# Sourced by every bench/run-*.sh script: logging, port probing, and running a load driver so that Ctrl-C
# stops it at once. The caller's exit trap calls stop_driver; run_driver ends the script with the driver's status.

log() { printf '[bench] %s\n' "$*" >&2; }

# Whether something already listens on this loopback port.
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

driver_pid=""

# Waits until URL answers 200. Ends the script with status 3, showing the end of the server's log, when the
# process PID exits first or the script's clock ($SECONDS) reaches DEADLINE.
# wait_ready NAME URL PID LOG DEADLINE
wait_ready() {
    local name="$1" url="$2" pid="$3" server_log="$4" deadline="$5"
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)" == "200" ]]; do
        if ! kill -0 "$pid" 2>/dev/null; then
            log "$name exited during start-up; last lines of $server_log:"
            tail -n 40 "$server_log" >&2
            exit 3
        fi
        if [[ $SECONDS -ge $deadline ]]; then
            log "$name not ready after ${SECONDS} s; last lines of $server_log:"
            tail -n 40 "$server_log" >&2
            exit 3
        fi
        sleep 1
    done
}

# The note the driver prints under its summary: what ran the server, then the script's command line.
# command_note SCRIPT DESCRIPTION ARGS…
command_note() {
    local script="$1" description="$2" note
    shift 2
    note="$description; command: \`bench/$script"
    for a in "$@"; do note+=" $a"; done
    printf '%s`' "$note"
}

# Runs the driver command in the background and waits for it, so that INT or TERM reach the caller's trap at
# once instead of after the driver ends; then exits with the driver's status. $tmp holds its summary.md.
# A caller that defines after_driver has it called with the driver's status; what it returns is the exit status.
run_driver() {
    "$@" < /dev/null &
    driver_pid=$!
    set +e
    wait "$driver_pid"
    local rc=$?
    driver_pid=""
    if declare -F after_driver >/dev/null; then
        after_driver "$rc"
        rc=$?
    fi
    set -e
    log "summary: $tmp/summary.md"
    exit "$rc"
}

# For the caller's exit trap: stops a driver that is still running.
stop_driver() {
    if [[ -n "$driver_pid" ]] && kill -0 "$driver_pid" 2>/dev/null; then
        log "stopping the driver (pid $driver_pid)"
        kill -TERM "$driver_pid" 2>/dev/null || true
        wait "$driver_pid" 2>/dev/null || true
    fi
}
