#!/usr/bin/env bash
# Runs the push-event benchmark (bench/EventsLoadDriver.java, issue 14) against a freshly started Roster.
#
#   bench/run-events-benchmark.sh --seconds 30 --warmup 15       # latency: deactivation → receiver, 1,000 writes/s
#   bench/run-events-benchmark.sh --mode fanout --streams 3      # every receiver gets every event, in order
#
# Starts the server exactly as bench/run-scim-benchmark.sh does (it is that script with --driver): a new H2 file
# database in a temporary directory, 127.0.0.1 only, Hazelcast off, a random SCIM token and admin password, and
# roster.events.allow-private-receivers=true so that streams may push to the driver's receivers on loopback.
# Script options (--port, --heap, --rebuild, --keep-db, --db-*, --addlibs, --nodes) are that script's; everything
# else goes to the driver (java bench/EventsLoadDriver.java --help).
#
# For the fan-out beside the SCIM benchmark (target b), use the SCIM script itself:
#   bench/run-scim-benchmark.sh --streams 3 --phases create,import,groups --users 100000
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for a in "$@"; do
    if [[ "$a" == --help || "$a" == -h ]]; then
        sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
        echo; echo "Driver options:"; exec java "$here/EventsLoadDriver.java" --help
    fi
done
exec "$here/run-scim-benchmark.sh" --driver "$here/EventsLoadDriver.java" "$@"
