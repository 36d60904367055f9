# Sourced by the bench/run-*.sh scripts: what every benchmark run needs before it starts a server.
# Expects $here (the bench folder), $rebuild (1 to rebuild the WAR); sets $repo, $payara_version, $payara_jar, $war.

repo="$(cd "$here/.." && pwd)"
payara_version="6.2025.10"
payara_jar="${HOME}/.m2/repository/fish/payara/extras/payara-micro/${payara_version}/payara-micro-${payara_version}.jar"
war="$repo/target/roster.war"

log() { printf '[bench] %s\n' "$*" >&2; }

# Whether something already listens on this loopback port.
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

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
