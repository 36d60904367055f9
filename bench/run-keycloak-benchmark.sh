#!/usr/bin/env bash
# Runs the Okta-style SCIM benchmark (bench/ScimLoadDriver.java) against Keycloak's built-in SCIM API
# (preview feature scim-api), for a side-by-side comparison with Roster (bench/run-scim-benchmark.sh).
#
#   bench/run-keycloak-benchmark.sh --users 100 --lookups 100 --deactivate 20 --lookup-rate 0   # tiny run
#   bench/run-keycloak-benchmark.sh --users 100 --lookups 100 --deactivate 20 --lookup-rate 0 \
#       --phases lookup,import,groups,deactivate                     # the phases Keycloak 26.7 can pass
#
# Keycloak 26.7.3 fails the create phase: its POST /Users response echoes the request's "password"
# (writeOnly, returned "never" in RFC 7643), which the driver rejects; the users are created nonetheless.
# Without create in --phases the driver uses the first --users users that GET /Users lists, so this script
# then first seeds that many users (userName seed<epoch>-userN@example.com) with the admin REST API
# (POST /admin/realms/bench/partialImport, 1000 a request; not measured).
#
# Fetches the Keycloak distribution into the local Maven repository if it is missing
# (org.keycloak:keycloak-quarkus-dist:VERSION:zip), unzips it into a temporary directory, starts
# `kc.sh start-dev --features=scim-api` on 127.0.0.1 with its default dev-file H2 database (in that directory)
# and a Java 21+ JDK, waits for GET /realms/master, then configures it through the admin REST API:
#   - realm "bench" with scimApiEnabled=true and an access token lifespan covering the whole run;
#   - confidential client "scim-bench" with a service account holding the realm-management roles
#     manage-users, view-users, query-users and query-groups;
#   - an audience mapper on that client whose custom audience is the SCIM base URL itself
#     (Keycloak answers 401 "Invalid token audience" to tokens without it).
# Then it takes a client-credentials token, runs the driver against http://127.0.0.1:PORT/realms/bench/scim/v2,
# stops Keycloak (also on Ctrl-C or failure), deletes the unzipped distribution and keeps the Keycloak log
# and the summary in the temporary directory.
#
# Options for this script (everything else goes to the driver; see java bench/ScimLoadDriver.java --help):
#   --port N              HTTP port (default: a free port from 18180 up)
#   --heap SIZE           Keycloak heap (default 1g, as -Xmx1g)
#   --java-home DIR       JDK 21+ for Keycloak (default: $KEYCLOAK_JAVA_HOME, else
#                         /usr/lib/jvm/temurin-25-jdk-amd64, else $JAVA_HOME); the driver uses java from PATH
#   --keycloak-version V  Keycloak distribution version (default 26.7.3)
#   --token-lifespan S    access token lifespan of the bench realm in seconds (default 86400), so that the one
#                         token the driver gets lasts the whole run
#   --seed-users N        users to seed before the driver runs (default: --users, or the driver's 100000, when
#                         --phases leaves out create; otherwise 0)
#   --keep-keycloak       keep the unzipped distribution and its H2 database (deleted by default)
#   --help                this text
# Environment: KEYCLOAK_BENCH_JAVA_OPTS adds JVM options to Keycloak (JAVA_OPTS_APPEND of kc.sh).
#
# Exit status: the driver's (0 all PASS, 1 a target missed, 2 a correctness failure), or 3 when Keycloak
# could not be fetched, started or configured.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

port=""
heap="1g"
java_home="${KEYCLOAK_JAVA_HOME:-}"
kc_version="26.7.3"
token_lifespan=86400
keep_kc=0
seed_users=""
driver_args=()

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

source "$here/lib/driver.sh"

while [[ $# -gt 0 ]]; do
    case "$1" in
        --port) port="$2"; shift 2 ;;
        --heap) heap="$2"; shift 2 ;;
        --java-home) java_home="$2"; shift 2 ;;
        --keycloak-version) kc_version="$2"; shift 2 ;;
        --token-lifespan) token_lifespan="$2"; shift 2 ;;
        --keep-keycloak) keep_kc=1; shift ;;
        --seed-users) seed_users="$2"; shift 2 ;;
        --base|--token|--server-pid|--summary-file)
            echo "$(basename "$0"): $1 is chosen by this script (it starts its own server)" >&2; exit 64 ;;
        --help|-h) usage; echo; echo "Driver options:"; java "$here/ScimLoadDriver.java" --help; exit 0 ;;
        *) driver_args+=("$1"); shift ;;
    esac
done

# The driver's --users and --phases decide whether users must be seeded first.
users=100000
phases="create,lookup,import,groups,deactivate"
for ((i = 0; i < ${#driver_args[@]}; i++)); do
    case "${driver_args[$i]}" in
        --users) users="${driver_args[$((i + 1))]:-}" ;;
        --phases) phases="${driver_args[$((i + 1))]:-}" ;;
    esac
done
if [[ -z "$seed_users" ]]; then
    if [[ ",$phases," == *,create,* ]]; then seed_users=0; else seed_users="$users"; fi
fi
[[ "$seed_users" =~ ^[0-9]+$ ]] || { log "--seed-users must be a number"; exit 64; }
[[ "$token_lifespan" =~ ^[1-9][0-9]*$ ]] || { log "--token-lifespan must be a number of seconds"; exit 64; }

# ---- tools, the JDK for Keycloak, the distribution ------------------------------------------------------
command -v java >/dev/null || { log "java not found"; exit 3; }
for tool in curl jq unzip mvn; do
    command -v "$tool" >/dev/null || { log "$tool not found"; exit 3; }
done
if [[ -z "$java_home" ]]; then
    if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
        java_home=/usr/lib/jvm/temurin-25-jdk-amd64
    else
        java_home="${JAVA_HOME:-}"
    fi
fi
[[ -n "$java_home" && -x "$java_home/bin/java" ]] || { log "no JDK 21+ for Keycloak: pass --java-home DIR"; exit 3; }
kc_java_feature="$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = //p')"
[[ "${kc_java_feature:-0}" =~ ^[0-9]+$ && "$kc_java_feature" -ge 21 ]] \
    || { log "$java_home is Java ${kc_java_feature:-?}; Keycloak needs 21+ (--java-home DIR)"; exit 3; }

kc_zip="${HOME}/.m2/repository/org/keycloak/keycloak-quarkus-dist/${kc_version}/keycloak-quarkus-dist-${kc_version}.zip"
if [[ ! -f "$kc_zip" ]]; then
    log "fetching Keycloak $kc_version into the local Maven repository"
    # -Dtransitive=false: the zip is all we need (its dependencies' repositories are not all reachable).
    mvn -q dependency:get -Dartifact="org.keycloak:keycloak-quarkus-dist:${kc_version}:zip" -Dtransitive=false \
        || { log "could not fetch Keycloak $kc_version"; exit 3; }
fi
[[ -f "$kc_zip" ]] || { log "no $kc_zip after the fetch"; exit 3; }

# ---- a port on the loopback interface -------------------------------------------------------------------
candidate="${port:-18180}"
while port_busy "$candidate"; do
    [[ -z "$port" ]] || { log "port $candidate is already in use"; exit 3; }
    candidate=$((candidate + 1))
    [[ $candidate -lt 18300 ]] || { log "no free port in 18180-18299"; exit 3; }
done
port="$candidate"
origin="http://127.0.0.1:$port"
scim_base="$origin/realms/bench/scim/v2"

# ---- the temporary directory ---------------------------------------------------------------------------
tmp="$(mktemp -d "${TMPDIR:-/tmp}/keycloak-bench.XXXXXX")"
server_log="$tmp/keycloak.log"
log "unzipping Keycloak $kc_version into $tmp"
unzip -q "$kc_zip" -d "$tmp" || { log "could not unzip $kc_zip"; exit 3; }
kc_home="$tmp/keycloak-$kc_version"
[[ -x "$kc_home/bin/kc.sh" ]] || { log "no $kc_home/bin/kc.sh in the distribution"; exit 3; }

admin_password="$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"
client_secret="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"

# ---- start, and stop on every way out --------------------------------------------------------------------
kc_pid=""       # kc.sh; it runs java as a child, or (after the re-augmentation of start-dev) execs it

# The Keycloak JVM: kc.sh itself once it has exec'd java, else its java child.
keycloak_java_pid() {
    [[ -n "$kc_pid" ]] && kill -0 "$kc_pid" 2>/dev/null || return 1
    if [[ "$(cat "/proc/$kc_pid/comm" 2>/dev/null)" == java ]]; then
        echo "$kc_pid"
    else
        pgrep -P "$kc_pid" -x java | head -n 1
    fi
}

stop_server() {
    local rc=$?
    trap - EXIT INT TERM
    stop_driver
    if [[ -n "$kc_pid" ]] && kill -0 "$kc_pid" 2>/dev/null; then
        local jpid
        jpid="$(keycloak_java_pid || true)"
        log "stopping Keycloak (pid ${jpid:-$kc_pid})"
        [[ -n "$jpid" ]] && kill -TERM "$jpid" 2>/dev/null || true
        kill -TERM "$kc_pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$kc_pid" 2>/dev/null || { [[ -n "$jpid" ]] && kill -0 "$jpid" 2>/dev/null; } || break
            sleep 0.5
        done
        for p in $jpid $kc_pid; do
            if kill -0 "$p" 2>/dev/null; then
                log "Keycloak did not stop within 30 s; killing pid $p"
                kill -KILL "$p" 2>/dev/null || true
            fi
        done
        wait "$kc_pid" 2>/dev/null || true
    fi
    if [[ $keep_kc -eq 0 ]]; then
        rm -rf "$kc_home"
    fi
    log "Keycloak log: $server_log"
    exit "$rc"
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "starting Keycloak $kc_version on $origin (start-dev, scim-api, Java $kc_java_feature, -Xmx$heap, dev-file H2 in $kc_home/data)"
JAVA_HOME="$java_home" \
PATH="$java_home/bin:$PATH" \
JAVA_OPTS_KC_HEAP="-Xms64m -Xmx$heap" \
JAVA_OPTS_APPEND="${KEYCLOAK_BENCH_JAVA_OPTS:-}" \
KC_BOOTSTRAP_ADMIN_USERNAME=admin \
KC_BOOTSTRAP_ADMIN_PASSWORD="$admin_password" \
    "$kc_home/bin/kc.sh" start-dev --features=scim-api --http-host=127.0.0.1 --http-port="$port" \
    > "$server_log" 2>&1 < /dev/null &
kc_pid=$!

wait_ready Keycloak "$origin/realms/master" "$kc_pid" "$server_log" $((SECONDS + 300))
server_pid="$(keycloak_java_pid || true)"
[[ -n "$server_pid" ]] || { log "cannot find Keycloak's java process (kc.sh pid $kc_pid)"; exit 3; }
log "ready after ${SECONDS} s (java pid $server_pid)"

# ---- configuration through the admin REST API -----------------------------------------------------------
# admin METHOD PATH [JSON]: the response body on stdout; fails (exit 3) unless the status is 2xx.
admin() {
    local method="$1" path="$2" body="${3:-}" out in status
    out="$(mktemp "$tmp/admin.XXXXXX")"
    # The body goes through a file: a seeding batch is longer than a command line may be.
    in="$(mktemp "$tmp/admin-body.XXXXXX")"
    printf '%s' "$body" > "$in"
    status="$(curl -s -o "$out" -w '%{http_code}' -X "$method" \
        -H "Authorization: Bearer $admin_token" -H "Content-Type: application/json" \
        ${body:+--data-binary "@$in"} "$origin/admin/realms$path" || true)"
    rm -f "$in"
    if [[ "$status" != 2?? ]]; then
        log "admin API: $method /admin/realms$path -> HTTP $status: $(head -c 500 "$out")"
        rm -f "$out"
        exit 3
    fi
    cat "$out"
    rm -f "$out"
}

admin_token="$(curl -s -d grant_type=password -d client_id=admin-cli -d username=admin \
    --data-urlencode "password=$admin_password" "$origin/realms/master/protocol/openid-connect/token" \
    | jq -r '.access_token // empty')"
[[ -n "$admin_token" ]] || { log "no admin token from the master realm"; exit 3; }

log "creating realm bench (scimApiEnabled, access tokens valid for $token_lifespan s)"
# Access tokens never outlive the SSO session maximum (default 36000 s), so that grows with them.
admin POST "" "$(jq -nc --argjson life "$token_lifespan" '{realm: "bench", enabled: true, scimApiEnabled: true,
    accessTokenLifespan: $life, ssoSessionMaxLifespan: ([$life, 36000] | max),
    ssoSessionIdleTimeout: ([$life, 1800] | max)}')" > /dev/null
[[ "$(admin GET /bench | jq -r '.scimApiEnabled')" == "true" ]] \
    || { log "realm bench does not report scimApiEnabled=true"; exit 3; }

log "creating client scim-bench (service account, audience $scim_base)"
admin POST /bench/clients "$(jq -nc --arg secret "$client_secret" --arg aud "$scim_base" '{
    clientId: "scim-bench", enabled: true, publicClient: false, serviceAccountsEnabled: true,
    standardFlowEnabled: false, directAccessGrantsEnabled: false, secret: $secret,
    protocolMappers: [{name: "scim-audience", protocol: "openid-connect", protocolMapper: "oidc-audience-mapper",
        config: {"included.custom.audience": $aud, "access.token.claim": "true",
                 "id.token.claim": "false", "introspection.token.claim": "true"}}]}')" > /dev/null
client_uuid="$(admin GET "/bench/clients?clientId=scim-bench" | jq -r '.[0].id')"
rm_uuid="$(admin GET "/bench/clients?clientId=realm-management" | jq -r '.[0].id')"
sa_uuid="$(admin GET "/bench/clients/$client_uuid/service-account-user" | jq -r '.id')"
roles="$(admin GET "/bench/clients/$rm_uuid/roles" \
    | jq -c '[.[] | select(.name | IN("manage-users", "view-users", "query-users", "query-groups"))]')"
[[ "$(jq length <<< "$roles")" -eq 4 ]] || { log "realm-management roles missing: $roles"; exit 3; }
admin POST "/bench/users/$sa_uuid/role-mappings/clients/$rm_uuid" "$roles" > /dev/null

token_json="$(curl -s -d grant_type=client_credentials -d client_id=scim-bench \
    --data-urlencode "client_secret=$client_secret" "$origin/realms/bench/protocol/openid-connect/token")"
token="$(jq -r '.access_token // empty' <<< "$token_json")"
[[ -n "$token" ]] || { log "no client-credentials token for scim-bench: $token_json"; exit 3; }
log "scim-bench token valid for $(jq -r '.expires_in' <<< "$token_json") s"

for path in /ServiceProviderConfig "/Users?startIndex=1&count=2"; do
    status="$(curl -s -o "$tmp/probe.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$scim_base$path" || true)"
    if [[ "$status" != 200 ]]; then
        log "GET $scim_base$path -> HTTP $status: $(head -c 500 "$tmp/probe.json")"
        exit 3
    fi
done
rm -f "$tmp/probe.json"
log "SCIM API answers at $scim_base"

# ---- seeded users, when the driver does not create its own -----------------------------------------------
if [[ $seed_users -gt 0 ]]; then
    seed_prefix="seed$(date +%s)"
    log "seeding $seed_users users ($seed_prefix-userN@example.com) through the admin API partialImport"
    for ((from = 0; from < seed_users; from += 1000)); do
        to=$((from + 1000 < seed_users ? from + 1000 : seed_users))
        added="$(admin POST /bench/partialImport "$(jq -nc --arg p "$seed_prefix" --argjson from "$from" --argjson to "$to" \
            '{ifResourceExists: "FAIL", users: [range($from; $to) | "\($p)-user\(.)@example.com" as $u
              | {username: $u, email: $u, emailVerified: true, firstName: "Seed", lastName: "User \(.)", enabled: true}]}')" \
            | jq -r '.added')"
        [[ "$added" -eq $((to - from)) ]] || { log "partialImport added $added of $((to - from)) users"; exit 3; }
    done
    log "seeded $seed_users users"
fi

# ---- the driver ------------------------------------------------------------------------------------------
description="server: Keycloak $kc_version (kc.sh start-dev --features=scim-api, preview SCIM API), Java $kc_java_feature, -Xmx$heap, dev-file H2 database, on the same machine as the driver"
[[ $seed_users -gt 0 ]] && description+=", $seed_users users seeded through the admin API before the run"
note="$(command_note run-keycloak-benchmark.sh "$description" ${driver_args[@]+"${driver_args[@]}"})"

run_driver java "$here/ScimLoadDriver.java" \
    --base "$scim_base" \
    --token "$token" \
    --note "$note" \
    --summary-file "$tmp/summary.md" \
    --server-pid "$server_pid" \
    ${driver_args[@]+"${driver_args[@]}"}
