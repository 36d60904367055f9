#!/usr/bin/env bash
# Starts N Roster nodes on this machine's loopback interface, all serving one PostgreSQL database, and waits
# until every node answers /health/ready. Put any HTTP load balancer in front of the printed ports.
#
#   server-config/run-cluster.sh start [--nodes N] [--hazelcast] [--base-port P] [--dir DIR]
#   server-config/run-cluster.sh stop  [--dir DIR]
#
# The database comes from the environment, as for one node (ROSTER_DB_URL must be a PostgreSQL URL: several
# processes cannot share one embedded H2 file):
#   ROSTER_DB_URL=jdbc:postgresql://127.0.0.1:5432/roster ROSTER_DB_USER=postgres ROSTER_DB_PASSWORD=…
# Every other ROSTER_* variable (ROSTER_SCIM_TOKEN, ROSTER_ADMIN_PASSWORD, ROSTER_PUBLIC_URL, …) is passed to
# every node unchanged: the nodes must be configured alike.
#
# Options:
#   --nodes N       how many nodes (default 2); node i listens on http://127.0.0.1:(P+i)
#   --base-port P   first HTTP port (default 8080)
#   --hazelcast     join the nodes into one Payara data grid: TCP member list 127.0.0.1:6900…(6900+N-1),
#                   bound to 127.0.0.1, phone-home off. Roster does not need it (see cluster.md); the default
#                   is --nohazelcast on every node.
#   --heap SIZE     heap per node (default 768m)
#   --dir DIR       where pids, logs and runtime directories go (default ./cluster)
#   --war FILE      the WAR (default target/roster.war; built with mvn -DskipTests package when missing)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
payara_version="6.2025.10"
postgresql_version="42.7.14"
m2="${HOME}/.m2/repository"
payara_jar="$m2/fish/payara/extras/payara-micro/$payara_version/payara-micro-$payara_version.jar"
postgresql_jar="$m2/org/postgresql/postgresql/$postgresql_version/postgresql-$postgresql_version.jar"

command="${1:-}"
[[ $# -gt 0 ]] && shift
nodes=2
base_port=8080
hazelcast=0
heap=768m
dir="$PWD/cluster"
war="$repo/target/roster.war"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --nodes) nodes="$2"; shift 2 ;;
        --base-port) base_port="$2"; shift 2 ;;
        --hazelcast) hazelcast=1; shift ;;
        --heap) heap="$2"; shift 2 ;;
        --dir) dir="$2"; shift 2 ;;
        --war) war="$2"; shift 2 ;;
        *) echo "run-cluster.sh: unknown option $1" >&2; exit 64 ;;
    esac
done
log() { printf '[cluster] %s\n' "$*" >&2; }

stop_all() {
    [[ -d "$dir" ]] || return 0
    for pidfile in "$dir"/node*.pid; do
        [[ -f "$pidfile" ]] || continue
        pid="$(cat "$pidfile")"
        if kill -0 "$pid" 2>/dev/null; then
            log "stopping $(basename "$pidfile" .pid) (pid $pid)"
            kill -TERM "$pid" 2>/dev/null || true
            for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
            kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
        fi
        rm -f "$pidfile"
    done
}

case "$command" in
    stop) stop_all; exit 0 ;;
    start) ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 64 ;;
esac

[[ "$nodes" =~ ^[1-9][0-9]?$ ]] || { log "--nodes must be 1-99"; exit 64; }
case "${ROSTER_DB_URL:-}" in
    jdbc:postgresql://*) ;;
    *) log "ROSTER_DB_URL must point at PostgreSQL (jdbc:postgresql://…): nodes cannot share an embedded H2 file"; exit 64 ;;
esac
export ROSTER_DB_DRIVER="${ROSTER_DB_DRIVER:-org.postgresql.Driver}"

if [[ ! -f "$war" ]]; then
    log "building $war"
    (cd "$repo" && mvn -q -DskipTests package)
fi
[[ -f "$payara_jar" ]] || mvn -q dependency:get -Dartifact="fish.payara.extras:payara-micro:$payara_version"
[[ -f "$postgresql_jar" ]] || mvn -q dependency:get -Dartifact="org.postgresql:postgresql:$postgresql_version"

mkdir -p "$dir"
for i in $(seq 0 $((nodes - 1))); do
    if [[ -f "$dir/node$i.pid" ]] && kill -0 "$(cat "$dir/node$i.pid")" 2>/dev/null; then
        log "node$i is already running (pid $(cat "$dir/node$i.pid")); run stop first"; exit 1
    fi
done

# Every node listens on 127.0.0.1 only.
preboot="$dir/pre-boot-commands.asadmin"
cat "$repo/server-config/pre-boot-commands.asadmin" > "$preboot"
echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1" >> "$preboot"

members=""
for i in $(seq 0 $((nodes - 1))); do
    members+="${members:+,}127.0.0.1:$((6900 + i))"
done

for i in $(seq 0 $((nodes - 1))); do
    port=$((base_port + i))
    java_opts=("-Xmx$heap" "-XX:+UseParallelGC" "-Djava.util.logging.config.file=$repo/server-config/logging.properties")
    micro_opts=(--deploy "$war" --contextroot / --port "$port" --addlibs "$postgresql_jar"
                --rootdir "$dir/node$i-runtime" --prebootcommandfile "$preboot"
                --logproperties "$repo/server-config/logging.properties" --disablephonehome)
    if [[ $hazelcast -eq 1 ]]; then
        java_opts+=(-Dhazelcast.phone.home.enabled=false -Dhazelcast.socket.bind.any=false)
        micro_opts+=(--clustermode "tcpip:$members" --interfaces 127.0.0.1 --startport $((6900 + i)))
    else
        micro_opts+=(--nohazelcast)
    fi
    java "${java_opts[@]}" -jar "$payara_jar" "${micro_opts[@]}" > "$dir/node$i.log" 2>&1 < /dev/null &
    echo $! > "$dir/node$i.pid"
    log "node$i: pid $!, http://127.0.0.1:$port, log $dir/node$i.log"
done

deadline=$((SECONDS + 300))
for i in $(seq 0 $((nodes - 1))); do
    port=$((base_port + i))
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/health/ready" || true)" == "200" ]]; do
        if ! kill -0 "$(cat "$dir/node$i.pid")" 2>/dev/null; then
            log "node$i exited during start-up; last lines of its log:"; tail -n 30 "$dir/node$i.log" >&2; stop_all; exit 3
        fi
        if [[ $SECONDS -ge $deadline ]]; then
            log "node$i not ready after 300 s"; tail -n 30 "$dir/node$i.log" >&2; stop_all; exit 3
        fi
        sleep 1
    done
    log "node$i ready"
done
log "$nodes nodes ready; stop them with: $0 stop --dir $dir"
