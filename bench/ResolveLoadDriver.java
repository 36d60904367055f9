import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identity-resolution load driver for Roster (issue 6: "with 100,000 users, resolving a statement with a carrier
 * from cache has p99 < 5 ms and >= 5,000 resolutions/s over HTTP on loopback; a deactivation or group change over
 * SCIM is reflected within 1 s").
 *
 * <p>One Java 17 source file, JDK only: {@code java bench/ResolveLoadDriver.java --base http://127.0.0.1:PORT
 * --admin-password …}. Setup goes through the public APIs (admin API, SCIM /Bulk): an integration, N users with
 * work emails, groups of 1,000 members nested in one parent group, a repository with three database accounts
 * (Looker with an uploaded user-id mapping, Tableau, custom), an API key. Then it measures:
 * <ul>
 *   <li><b>cached</b>: closed-loop {@code POST /api/v1/resolve} over keep-alive connections (raw HTTP/1.1 on
 *       sockets: the JDK HttpClient costs several times more CPU per request than the server path being
 *       measured), a mix of Looker context comments, custom RosterContext comments and statements of Tableau
 *       sessions opened with Initial SQL, for a hot set of users (default 100) whose identities stay in Roster's
 *       per-node cache (refreshed every roster.resolution.cache-millis);</li>
 *   <li><b>spread</b>: the same over all N users, so nearly every resolution reads the database (no target; the
 *       cost of a cache miss);</li>
 *   <li><b>freshness</b>: a group change and a deactivation over SCIM, then resolution polled every 10 ms until
 *       it shows the change: the delay from the SCIM answer to the first resolution that reflects it.</li>
 * </ul>
 * Every answer is checked (status 200, attributed, the expected user). Only loopback addresses are accepted; every
 * loop is bounded in time. Exit status 0 all targets met, 1 a target missed, 2 a wrong answer, 64 bad arguments.
 */
public final class ResolveLoadDriver {

    static final double TARGET_RPS = 5000;
    static final double TARGET_P99_MS = 5;
    static final long TARGET_FRESHNESS_MS = 1000;

    static String base;
    static String adminAuth;
    static int users = 100_000;
    static int hot = 100;
    static int connections = 4;
    static int seconds = 30;
    static int warmupSeconds = 15;
    static int freshnessRounds = 10;
    static long serverPid = -1;
    static String summaryFile;
    static String note = "";
    static List<String> phases = List.of("cached", "spread", "freshness");
    static final String RUN = Long.toString(System.currentTimeMillis() / 1000, 36);
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public static void main(String[] args) throws Exception {
        String adminPassword = System.getenv("ROSTER_ADMIN_PASSWORD");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--base":
                    base = v;
                    i++;
                    break;
                case "--admin-password":
                    adminPassword = v;
                    i++;
                    break;
                case "--users":
                    users = Integer.parseInt(v);
                    i++;
                    break;
                case "--hot":
                    hot = Integer.parseInt(v);
                    i++;
                    break;
                case "--connections":
                    connections = Integer.parseInt(v);
                    i++;
                    break;
                case "--seconds":
                    seconds = Integer.parseInt(v);
                    i++;
                    break;
                case "--warmup-seconds":
                    warmupSeconds = Integer.parseInt(v);
                    i++;
                    break;
                case "--freshness-rounds":
                    freshnessRounds = Integer.parseInt(v);
                    i++;
                    break;
                case "--server-pid":
                    serverPid = Long.parseLong(v);
                    i++;
                    break;
                case "--summary-file":
                    summaryFile = v;
                    i++;
                    break;
                case "--note":
                    note = v;
                    i++;
                    break;
                case "--phases":
                    phases = List.of(v.split(","));
                    i++;
                    break;
                default:
                    System.err.println("Unknown option " + a + "\nUsage: java bench/ResolveLoadDriver.java --base "
                            + "http://127.0.0.1:PORT --admin-password P [--users N] [--hot N] [--connections N] "
                            + "[--seconds S] [--warmup-seconds S] [--freshness-rounds N] [--phases cached,spread,freshness] "
                            + "[--server-pid PID] [--summary-file F] [--note TEXT]");
                    System.exit(64);
            }
        }
        if (base == null || adminPassword == null) {
            System.err.println("--base and --admin-password (or ROSTER_ADMIN_PASSWORD) are required");
            System.exit(64);
        }
        URI uri = URI.create(base);
        if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()
                || !uri.getHost().matches("127(\\.\\d+){3}|\\[::1\\]")) {
            System.err.println("Refusing " + base + ": the driver only talks to a literal loopback address");
            System.exit(64);
        }
        hot = Math.min(hot, users);
        adminAuth = "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));

        Setup setup = setup();
        List<String> summary = new ArrayList<>();
        boolean allMet = true;
        summary.add(
                "| Phase | Requests | Errors | Throughput (req/s) | p50 ms | p90 ms | p99 ms | max ms | server CPU ms/req | driver CPU ms/req | Target | Result |");
        summary.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
        if (phases.contains("cached")) {
            log("warm-up " + warmupSeconds + " s (JIT, caches)");
            load(setup, hot, warmupSeconds, false);
            Result r = load(setup, hot, seconds, true);
            boolean met = r.errors == 0 && r.rps() >= TARGET_RPS && r.p(99) < TARGET_P99_MS;
            allMet &= met;
            summary.add(r.row("cached (hot set " + hot + " users)", "≥ 5,000 req/s, p99 < 5 ms", met));
            if (r.errors > 0) {
                report(summary);
                System.exit(2);
            }
        }
        if (phases.contains("spread")) {
            Result r = load(setup, users, seconds, true);
            summary.add(r.row(
                    "spread (all " + users + " users, mostly cache misses)", "none (figures only)", r.errors == 0));
            if (r.errors > 0) {
                report(summary);
                System.exit(2);
            }
        }
        if (phases.contains("freshness")) {
            long[] groups = new long[freshnessRounds];
            long[] deactivations = new long[freshnessRounds];
            for (int round = 0; round < freshnessRounds; round++) {
                int user = users - 1 - round;
                groups[round] = groupChange(setup, user);
                deactivations[round] = deactivation(setup, user);
            }
            Arrays.sort(groups);
            Arrays.sort(deactivations);
            boolean gMet = groups[groups.length - 1] < TARGET_FRESHNESS_MS;
            boolean dMet = deactivations[deactivations.length - 1] < TARGET_FRESHNESS_MS;
            allMet &= gMet && dMet;
            summary.add("| freshness: group change over SCIM → resolution | " + freshnessRounds + " | 0 | | "
                    + groups[groups.length / 2] + " | | | " + groups[groups.length - 1] + " | | | < 1,000 ms | "
                    + (gMet ? "PASS" : "FAIL") + " |");
            summary.add("| freshness: deactivation over SCIM → resolution | " + freshnessRounds + " | 0 | | "
                    + deactivations[deactivations.length / 2] + " | | | " + deactivations[deactivations.length - 1]
                    + " | | | < 1,000 ms | " + (dMet ? "PASS" : "FAIL") + " |");
        }
        report(summary);
        System.exit(allMet ? 0 : 1);
    }

    static void report(List<String> summary) throws IOException {
        List<String> out = new ArrayList<>();
        out.add("");
        out.add("Identity resolution, " + users + " users, " + connections + " connections, " + seconds
                + " s per phase ("
                + ZonedDateTime.now().withNano(0) + ", java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " CPUs)");
        if (!note.isEmpty()) {
            out.add(note);
        }
        out.add("");
        out.addAll(summary);
        out.forEach(System.out::println);
        if (summaryFile != null) {
            Files.write(Path.of(summaryFile), out, StandardCharsets.UTF_8);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Setup through the public APIs

    record Setup(
            String integration,
            String scimToken,
            String apiKey,
            String repository,
            String[] userIds,
            String[] groupIds,
            String parentGroup) {}

    static Setup setup() throws Exception {
        log("setup: integration, " + users + " users over SCIM /Bulk, groups of 1,000 nested in one parent");
        String integration = json(
                admin("POST", "/api/v1/integrations", "{\"name\":\"bench " + RUN + "\",\"idp\":\"okta\"}", 201), "id");
        String token =
                json(admin("POST", "/api/v1/integrations/" + integration + "/scim", null, 200), "token", "rsct_");
        String[] ids = new String[users];
        long start = System.nanoTime();
        for (int from = 0; from < users; from += 1000) {
            StringBuilder ops = new StringBuilder();
            for (int i = from; i < Math.min(users, from + 1000); i++) {
                if (i > from) {
                    ops.append(',');
                }
                ops.append("{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"u")
                        .append(i)
                        .append("\",\"data\":{")
                        .append("\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"")
                        .append(userName(i))
                        .append("\",\"displayName\":\"Bench User ")
                        .append(i)
                        .append("\",\"emails\":[{\"value\":\"")
                        .append(email(i))
                        .append("\",\"type\":\"work\",\"primary\":true}],\"active\":true}}");
            }
            String body =
                    "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"failOnErrors\":1,\"Operations\":["
                            + ops + "]}";
            String answer = send("POST", "/scim/v2/Bulk", body, "Bearer " + token, "application/scim+json", 200);
            Matcher m = Pattern.compile("\"bulkId\":\"u(\\d+)\"[^}]*?\"location\":\"[^\"]*/Users/([0-9a-f-]{36})\"")
                    .matcher(answer);
            int found = 0;
            while (m.find()) {
                ids[Integer.parseInt(m.group(1))] = m.group(2);
                found++;
            }
            if ((from / 1000) % 10 == 9) {
                log(String.format(
                        Locale.ROOT, "  %d users after %.0f s", from + 1000, (System.nanoTime() - start) / 1e9));
            }
            if (found != Math.min(users, from + 1000) - from) {
                fail("bulk create returned " + found + " locations: "
                        + answer.substring(0, Math.min(500, answer.length())));
            }
        }
        log(String.format(Locale.ROOT, "  %d users in %.1f s", users, (System.nanoTime() - start) / 1e9));
        int groupCount = (users + 999) / 1000;
        String[] groupIds = new String[groupCount];
        for (int g = 0; g < groupCount; g++) {
            StringBuilder members = new StringBuilder();
            for (int i = g * 1000; i < Math.min(users, (g + 1) * 1000); i++) {
                members.append(i == g * 1000 ? "" : ",")
                        .append("{\"value\":\"")
                        .append(ids[i])
                        .append("\"}");
            }
            groupIds[g] = json(
                    send(
                            "POST",
                            "/scim/v2/Groups",
                            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                                    + "\"displayName\":\"team-" + g + "\",\"members\":[" + members + "]}",
                            "Bearer " + token,
                            "application/scim+json",
                            201),
                    "id");
        }
        StringBuilder nested = new StringBuilder();
        for (int g = 0; g < groupCount; g++) {
            nested.append(g == 0 ? "" : ",")
                    .append("{\"value\":\"")
                    .append(groupIds[g])
                    .append("\"}");
        }
        String parent = json(
                send(
                        "POST",
                        "/scim/v2/Groups",
                        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                                + "\"displayName\":\"all-staff\",\"members\":[" + nested + "]}",
                        "Bearer " + token,
                        "application/scim+json",
                        201),
                "id");

        String repository = "bench-" + RUN;
        String repoId = json(
                admin("POST", "/api/v1/repositories", "{\"name\":\"" + repository + "\",\"type\":\"snowflake\"}", 201),
                "id");
        for (String account : List.of(
                "{\"name\":\"looker_svc\",\"application\":\"looker\",\"integrationId\":\"" + integration
                        + "\",\"requireAttribution\":true}",
                "{\"name\":\"tableau_svc\",\"application\":\"tableau\",\"integrationId\":\"" + integration
                        + "\",\"requireAttribution\":true}",
                "{\"name\":\"app_svc\",\"application\":\"custom\",\"integrationId\":\"" + integration + "\"}")) {
            admin("POST", "/api/v1/repositories/" + repoId + "/accounts", account, 201);
        }
        StringBuilder csv = new StringBuilder("looker_user_id,email\n");
        for (int i = 0; i < users; i++) {
            csv.append(lookerId(i)).append(',').append(email(i)).append('\n');
        }
        send("PUT", "/api/v1/repositories/" + repoId + "/looker-user-map", csv.toString(), adminAuth, "text/csv", 200);
        String key = json(admin("POST", "/api/v1/api-keys", "{\"name\":\"bench " + RUN + "\"}", 201), "key", "rsrk_");
        Setup setup = new Setup(integration, token, key, repository, ids, groupIds, parent);
        // Open one Tableau session per user of the hot set and (lazily) of the spread set: Initial SQL once.
        log("setup done; opening Tableau sessions");
        for (int i = 0; i < Math.min(users, 2000); i++) {
            String body =
                    resolveBody(setup, "tableau_svc", "tab-" + i, "SELECT 'roster.enduser', '" + userName(i) + "'");
            String answer = send("POST", "/api/v1/resolve", body, "Bearer " + key, "application/json", 200);
            if (!answer.contains("\"attributed\":true")) {
                fail("Tableau session did not attribute: " + answer);
            }
        }
        return setup;
    }

    static String userName(int i) {
        return "bench-" + RUN + "-u" + i;
    }

    static String email(int i) {
        return "bench-" + RUN + "-u" + i + "@bench.example";
    }

    static long lookerId(int i) {
        return 1_000_000L + i;
    }

    static String resolveBody(Setup s, String account, String session, String statement) {
        return "{\"repository\":\"" + s.repository() + "\",\"dbAccount\":\"" + account + "\""
                + (session == null ? "" : ",\"sessionId\":\"" + session + "\"")
                + ",\"statements\":[\""
                + statement.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"]}";
    }

    /** The request for user i: Looker, custom or a Tableau session statement, by i mod 3. */
    static String requestFor(Setup s, int i) {
        switch (i % 3) {
            case 0:
                return resolveBody(
                        s,
                        "looker_svc",
                        null,
                        "-- Looker Query Context '{\"user_id\":" + lookerId(i) + ",\"history_slug\":\"h" + i
                                + "\",\"instance_slug\":\"bench\"}'\nSELECT region, SUM(amount) FROM sales GROUP BY 1");
            case 1:
                return resolveBody(
                        s,
                        "app_svc",
                        null,
                        "/* RosterContext {\"user\":\"" + userName(i)
                                + "\",\"serviceName\":\"bench\"} */ SELECT * FROM invoices WHERE id = 42");
            default:
                // Tableau sessions were opened for the first 2,000 users; beyond them, Initial SQL and query together.
                return i < 2000
                        ? resolveBody(s, "tableau_svc", "tab-" + i, "SELECT SUM(sales) FROM orders")
                        : resolveBody(
                                s, "tableau_svc", null, "SELECT 'roster.enduser', '" + userName(i) + "'; SELECT 1");
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Closed-loop load on raw keep-alive sockets

    static final class Result {
        long[] latencies;
        int count;
        long errors;
        double wallSeconds;
        double serverCpuMs;
        double driverCpuMs;
        String firstError;

        double rps() {
            return count / wallSeconds;
        }

        double p(double pct) {
            if (count == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(pct / 100.0 * count);
            return latencies[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
        }

        String row(String phase, String target, boolean met) {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.0f | %.2f | %.2f | %.2f | %.2f | %s | %s | %s | %s |",
                    phase,
                    count,
                    errors,
                    rps(),
                    p(50),
                    p(90),
                    p(99),
                    p(100),
                    serverCpuMs < 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", serverCpuMs / count),
                    String.format(Locale.ROOT, "%.3f", driverCpuMs / count),
                    target,
                    met ? "PASS" : "FAIL");
        }
    }

    static Result load(Setup setup, int userRange, int durationSeconds, boolean print) throws Exception {
        URI uri = URI.create(base);
        int port = uri.getPort();
        String host = uri.getHost();
        byte[][] requests = new byte[Math.min(userRange, 20_000)][];
        int[] userOf = new int[requests.length];
        Random random = new Random(42);
        for (int k = 0; k < requests.length; k++) {
            int user = userRange <= requests.length ? k : random.nextInt(userRange);
            userOf[k] = user;
            byte[] body = requestFor(setup, user).getBytes(StandardCharsets.UTF_8);
            String head = "POST /api/v1/resolve HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: Bearer "
                    + setup.apiKey()
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                    + body.length + "\r\n\r\n";
            byte[] h = head.getBytes(StandardCharsets.US_ASCII);
            byte[] all = Arrays.copyOf(h, h.length + body.length);
            System.arraycopy(body, 0, all, h.length, body.length);
            requests[k] = all;
        }
        long deadline = System.nanoTime() + durationSeconds * 1_000_000_000L;
        long[][] lat = new long[connections][];
        int[] counts = new int[connections];
        AtomicLong errors = new AtomicLong();
        String[] firstError = new String[1];
        Thread[] threads = new Thread[connections];
        long cpuServer0 = cpuMillis(serverPid);
        long cpuSelf0 = cpuMillis(ProcessHandle.current().pid());
        long start = System.nanoTime();
        for (int t = 0; t < connections; t++) {
            final int id = t;
            threads[t] = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                int k = id;
                Socket socket = null;
                try {
                    byte[] buf = new byte[65536];
                    OutputStream out = null;
                    InputStream in = null;
                    while (System.nanoTime() < deadline) {
                        if (socket == null) {
                            // A new connection when the server ended the previous one (keep-alive request limit).
                            socket = new Socket(host, port);
                            socket.setTcpNoDelay(true);
                            socket.setSoTimeout(30_000);
                            out = socket.getOutputStream();
                            in = new BufferedInputStream(socket.getInputStream(), 16384);
                        }
                        int index = k % requests.length;
                        k += connections;
                        long t0 = System.nanoTime();
                        out.write(requests[index]);
                        out.flush();
                        int[] status = new int[2];
                        int len = readResponse(in, buf, status);
                        long t1 = System.nanoTime();
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, mine.length * 2);
                        }
                        mine[n++] = t1 - t0;
                        String answer = new String(buf, 0, len, StandardCharsets.UTF_8);
                        if (status[0] != 200
                                || !answer.contains("\"attributed\":true")
                                || !answer.contains("\"userName\":\"" + userName(userOf[index]) + "\"")) {
                            if (errors.incrementAndGet() == 1) {
                                firstError[0] = status[0] + " " + answer;
                            }
                        }
                        if (status[1] == 1) {
                            socket.close();
                            socket = null;
                        }
                    }
                } catch (IOException e) {
                    if (errors.incrementAndGet() == 1) {
                        firstError[0] = e.toString();
                    }
                } finally {
                    if (socket != null) {
                        try {
                            socket.close();
                        } catch (IOException ignored) {
                            // closing
                        }
                    }
                }
                lat[id] = mine;
                counts[id] = n;
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Result r = new Result();
        r.wallSeconds = (System.nanoTime() - start) / 1e9;
        r.serverCpuMs = serverPid < 0 ? -1 : cpuMillis(serverPid) - cpuServer0;
        r.driverCpuMs = cpuMillis(ProcessHandle.current().pid()) - cpuSelf0;
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        r.latencies = new long[total];
        int pos = 0;
        for (int t = 0; t < connections; t++) {
            System.arraycopy(lat[t], 0, r.latencies, pos, counts[t]);
            pos += counts[t];
        }
        Arrays.sort(r.latencies);
        r.count = total;
        r.errors = errors.get();
        r.firstError = firstError[0];
        if (print) {
            log(String.format(
                    Locale.ROOT,
                    "%d users: %d requests, %d errors, %.0f req/s, p50 %.2f p99 %.2f max %.2f ms%s",
                    userRange,
                    r.count,
                    r.errors,
                    r.rps(),
                    r.p(50),
                    r.p(99),
                    r.p(100),
                    r.firstError == null ? "" : "; first error: " + r.firstError));
        }
        return r;
    }

    /** Reads one HTTP/1.1 response (Content-Length or chunked) into buf; returns the body length. */
    static int readResponse(InputStream in, byte[] buf, int[] status) throws IOException {
        String statusLine = readLine(in);
        status[0] = Integer.parseInt(statusLine.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        String line;
        while (!(line = readLine(in)).isEmpty()) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(line.substring(colon + 1).trim());
            } else if (name.equalsIgnoreCase("Transfer-Encoding")
                    && line.toLowerCase(Locale.ROOT).contains("chunked")) {
                chunked = true;
            } else if (name.equalsIgnoreCase("Connection")
                    && line.toLowerCase(Locale.ROOT).contains("close")) {
                status[1] = 1;
            }
        }
        if (!chunked) {
            readFully(in, buf, 0, length);
            return length;
        }
        int pos = 0;
        while (true) {
            int size = Integer.parseInt(readLine(in).trim(), 16);
            if (size == 0) {
                readLine(in);
                return pos;
            }
            readFully(in, buf, pos, size);
            pos += size;
            readLine(in);
        }
    }

    static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    static void readFully(InputStream in, byte[] buf, int off, int len) throws IOException {
        int done = 0;
        while (done < len) {
            int n = in.read(buf, off + done, len - done);
            if (n < 0) {
                throw new IOException("connection closed");
            }
            done += n;
        }
    }

    /** utime + stime of a process in ms (Linux), or 0. */
    static long cpuMillis(long pid) {
        if (pid < 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * 10; // USER_HZ 100
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Freshness: SCIM change → resolution

    static long groupChange(Setup s, int user) throws Exception {
        String group = s.groupIds()[user / 1000];
        String body =
                resolveBody(s, "app_svc", null, "/* RosterContext {\"user\":\"" + userName(user) + "\"} */ SELECT 1");
        awaitAnswer(s, body, a -> a.contains("\"team-" + (user / 1000) + "\""), 5000);
        send(
                "PATCH",
                "/scim/v2/Groups/" + group,
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                        + "\"Operations\":[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + s.userIds()[user]
                        + "\\\"]\"}]}",
                "Bearer " + s.scimToken(),
                "application/scim+json",
                200,
                204);
        long changed = System.nanoTime();
        awaitAnswer(s, body, a -> a.contains("\"groups\":[]"), 10_000);
        return (System.nanoTime() - changed) / 1_000_000;
    }

    static long deactivation(Setup s, int user) throws Exception {
        String body =
                resolveBody(s, "app_svc", null, "/* RosterContext {\"user\":\"" + userName(user) + "\"} */ SELECT 1");
        send(
                "PATCH",
                "/scim/v2/Users/" + s.userIds()[user],
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                        + "\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}",
                "Bearer " + s.scimToken(),
                "application/scim+json",
                200);
        long changed = System.nanoTime();
        awaitAnswer(s, body, a -> a.contains("\"reason\":\"inactive-user\""), 10_000);
        return (System.nanoTime() - changed) / 1_000_000;
    }

    static void awaitAnswer(Setup s, String body, java.util.function.Predicate<String> done, long limitMillis)
            throws Exception {
        long deadline = System.nanoTime() + limitMillis * 1_000_000L;
        String last = null;
        while (System.nanoTime() < deadline) {
            last = send("POST", "/api/v1/resolve", body, "Bearer " + s.apiKey(), "application/json", 200);
            if (done.test(last)) {
                return;
            }
            Thread.sleep(10);
        }
        fail("resolution did not reflect the change within " + limitMillis + " ms; last answer " + last);
    }

    // ------------------------------------------------------------------------------------------------
    // Plain HTTP for setup

    static String admin(String method, String path, String body, int expected) throws Exception {
        return send(method, path, body, adminAuth, "application/json", expected);
    }

    static String send(
            String method, String path, String body, String authorization, String contentType, int... expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(300))
                .header("Authorization", authorization)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (int e : expected) {
            if (response.statusCode() == e) {
                return response.body();
            }
        }
        fail(method + " " + path + " answered " + response.statusCode() + ": "
                + response.body().substring(0, Math.min(500, response.body().length())));
        return null;
    }

    static String json(String body, String field) {
        return json(body, field, "");
    }

    /** The first string value of {@code field} that starts with {@code prefix} (labels also have a "token"). */
    static String json(String body, String field, String prefix) {
        Matcher m = Pattern.compile("\"" + field + "\":\"(" + Pattern.quote(prefix) + "[^\"]*)\"")
                .matcher(body);
        if (!m.find()) {
            fail("no " + field + " in " + body);
        }
        return m.group(1);
    }

    static void fail(String message) {
        System.err.println("FAIL: " + message);
        System.exit(2);
    }

    static void log(String message) {
        System.err.println("[resolve-bench] " + message);
    }
}
