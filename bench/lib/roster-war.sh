# Sourced by the bench/run-*.sh scripts: what every benchmark run needs before it starts a server.
# Expects $here (the bench folder), $rebuild (1 to rebuild the WAR); sets $repo, $payara_version, $payara_jar, $war.

repo="$(cd "$here/.." && pwd)"
payara_version="6.2025.10"
payara_jar="${HOME}/.m2/repository/fish/payara/extras/payara-micro/${payara_version}/payara-micro-${payara_version}.jar"
war="$repo/target/roster.war"

source "$here/lib/driver.sh"

# java and curl on PATH, the WAR built (again with --rebuild), Payara Micro in the local Maven repository.
prepare_war_and_runtime() {
    command -v java >/dev/null || { log "java not found"; exit 3; }
    command -v curl >/dev/null || { log "curl not found"; exit 3; }
    if [[ $rebuild -eq 1 || ! -f "$war" ]]; then
        log "building $war (mvn -q -DskipTests package)"
        (cd "$repo" && mvn -q -DskipTests package) || { log "build failed"; exit 3; }
    fi
    [[ -f "$war" ]] || { log "no $war after the build"; exit 3; }
    if [[ ! -f "$payara_jar" ]]; then
        log "fetching Payara Micro $payara_version into the local Maven repository"
        mvn -q dependency:get -Dartifact="fish.payara.extras:payara-micro:${payara_version}" \
            || { log "could not fetch Payara Micro"; exit 3; }
    fi
}

# A temporary directory and the settings every benchmark server starts with. Expects $db_url (empty: a fresh
# H2 file database in the temporary directory), $heap, $addlibs. Sets $tmp, $server_log, $db_url, $db_desc,
# $java_opts (heap, collector, logging, ROSTER_BENCH_JAVA_OPTS) and $payara_opts (the WAR on /, Hazelcast off, listening on
# 127.0.0.1 only, logging, --addlibs); the caller adds the port and root directory of each server.
prepare_server_settings() {
    tmp="$(mktemp -d "${TMPDIR:-/tmp}/roster-bench.XXXXXX")"
    server_log="$tmp/server.log"

    if [[ -z "$db_url" ]]; then
        db_url="jdbc:h2:file:$tmp/db/roster;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256"
        db_desc="embedded H2 file database (fresh, in $tmp/db)"
    else
        db_desc="$(printf '%s' "$db_url" | sed 's/[?;].*//')"
    fi

    # Pre-boot commands: the project's own (request thread pool), plus listening on 127.0.0.1 only.
    local preboot="$tmp/pre-boot-commands.asadmin"
    if [[ -f "$repo/server-config/pre-boot-commands.asadmin" ]]; then
        cat "$repo/server-config/pre-boot-commands.asadmin" > "$preboot"
    else
        : > "$preboot"
    fi
    echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1" >> "$preboot"

    # The collector the README's run command uses (pom.xml, roster.run.gc), unless ROSTER_BENCH_JAVA_OPTS picks one.
    java_opts=("-Xmx$heap")
    [[ "${ROSTER_BENCH_JAVA_OPTS:-}" =~ -XX:\+Use[A-Za-z0-9]+GC ]] || java_opts+=("-XX:+UseParallelGC")
    # Extra JVM options for the server, e.g. a JFR recording: ROSTER_BENCH_JAVA_OPTS="-XX:StartFlightRecording=…"
    if [[ -n "${ROSTER_BENCH_JAVA_OPTS:-}" ]]; then
        local extra
        read -r -a extra <<< "$ROSTER_BENCH_JAVA_OPTS"
        java_opts+=("${extra[@]}")
    fi
    payara_opts=(--deploy "$war" --contextroot / --nohazelcast --disablephonehome --prebootcommandfile "$preboot")
    if [[ -f "$repo/server-config/logging.properties" ]]; then
        java_opts+=("-Djava.util.logging.config.file=$repo/server-config/logging.properties")
        payara_opts+=(--logproperties "$repo/server-config/logging.properties")
    fi
    if [[ -n "$addlibs" ]]; then
        payara_opts+=(--addlibs "$addlibs")
    fi
}
