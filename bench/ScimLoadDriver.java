import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Okta-style SCIM 2.0 load driver for Roster (issue: "benchmark at 100,000 users").
 *
 * <p>A single-file Java 17 program using only the JDK, run as
 * {@code java bench/ScimLoadDriver.java --base http://127.0.0.1:8080/scim/v2 --users 100000 --clients 8}.
 * It runs the phases create, lookup, import, groups and deactivate; checks every response; and prints
 * throughput and latency percentiles per phase with a PASS/FAIL line against the issue's targets, then a
 * markdown summary for BENCHMARKS.md. It only ever talks to a loopback address.
 *
 * <p>Exit status: 0 all phases correct and on target; 1 every response correct but a target missed;
 * 2 a correctness failure (wrong status or body, failed verification, phase cut short); 64 bad arguments.
 */
public final class ScimLoadDriver {

    // ------------------------------------------------------------------------------------------------
    // Targets from the issue (2-core machine, embedded H2, driver on the same machine).
    // ------------------------------------------------------------------------------------------------
    static final double LOOKUP_MIN_RPS = 2000;
    static final double LOOKUP_MAX_P99_MS = 10;
    static final double CREATE_MIN_RPS = 1000;
    static final double IMPORT_MAX_SECONDS_PER_100K = 60;
    static final double IMPORT_MAX_LAST_OVER_FIRST = 2.0;
    static final double GROUP_MAX_P99_RATIO = 1.5;
    static final int GROUP_BUCKET = 1000;
    /** Above this share of the machine's CPU used by neither driver nor server, a phase's figures are flagged. */
    static final double OTHER_CPU_WARN_PCT = 10;

    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String SCIM_JSON = "application/scim+json";
    static final List<String> ALL_PHASES =
            List.of("create", "lookup", "import", "import-cursor", "groups", "deactivate");

    static final String[] GIVEN = {
        "Ada",
        "Grace",
        "Alan",
        "Edsger",
        "Barbara",
        "Donald",
        "Frances",
        "Ken",
        "Margaret",
        "Dennis",
        "Radia",
        "Tim",
        "Hedy",
        "Linus",
        "Sophie",
        "José",
        "Zoë",
        "Øystein"
    };
    static final String[] FAMILY = {
        "Lovelace",
        "Hopper",
        "Turing",
        "Dijkstra",
        "Liskov",
        "Knuth",
        "Allen",
        "Thompson",
        "Hamilton",
        "Ritchie",
        "Perlman",
        "Berners-Lee",
        "Lamarr",
        "Torvalds",
        "Wilson",
        "O'Neil",
        "Müller",
        "Ström"
    };

    // ------------------------------------------------------------------------------------------------
    // Options
    // ------------------------------------------------------------------------------------------------
    static final class Options {
        String base;
        /** --base may list several nodes, comma-separated: requests go to them round-robin. */
        String[] bases;

        String token;
        int users = 100_000;
        int clients = 8;
        int lookups = 20_000;
        double lookupRate = LOOKUP_MIN_RPS;
        int deactivate = 10_000;
        List<String> phases = ALL_PHASES;
        String prefix;
        int maxErrors = 50;
        int phaseTimeoutSeconds = 1800;
        int requestTimeoutSeconds = 60;
        int importRepeats = 5;
        int groupWarmup = 500;
        int warmupSeconds = 0;
        String note;
        String summaryFile;
        /** --server-pid may list several processes (nodes, the database): their CPU is summed. */
        long[] serverPids = {};

        boolean directExecutor = true;
        boolean leanClient = true;
    }

    static final String USAGE = """
            Usage: java bench/ScimLoadDriver.java --base http://127.0.0.1:PORT/scim/v2 [options]

            Runs Okta's SCIM workload against Roster and prints throughput and latency per phase.

              --base URL            SCIM base URL; must be a loopback address (127.0.0.0/8 or [::1]).
                                    Several nodes: URL1,URL2,… (requests go to them round-robin)
              --token T             bearer token (default: environment variable ROSTER_SCIM_TOKEN)
              --users N             users to create, and group members to add (default 100000)
              --clients N           concurrent clients for create, lookup, groups, deactivate (default 8)
              --lookups N           userName eq lookups (default 20000), as fast as the clients go (throughput),
                                    then as many again at --lookup-rate (latency)
              --lookup-rate R       requests/s of the paced lookups, spread evenly over the clients; their
                                    latency counts from when each request was due, so a stalled server
                                    cannot hide its queue (default 2000, the target rate; 0 skips them)
              --deactivate N        users to deactivate with Okta's path-less PATCH (default 10000)
              --phases LIST         comma-separated subset of create,lookup,import,import-cursor,groups,
                                    deactivate (default: all; always run in that order). import pages by
                                    startIndex, import-cursor by cursor (RFC 9865). Without create, the
                                    first --users users found by paging GET /Users are used.
              --prefix P            run-scoped userName prefix (default: r<epoch seconds>), so reruns
                                    against the same database do not collide
              --max-errors N        stop a phase after N failed checks (default 50)
              --phase-timeout S     stop a phase after S seconds (default 1800)
              --request-timeout S   per-request timeout in seconds (default 60, as Okta)
              --import-repeats N    repeats of the first and last import page for their latency (default 5)
              --warmup S            before the measured phases, S seconds of the whole request mix (create,
                            userName lookup, page, PATCH, deactivate, DELETE) on throw-away users, so the
                            server's JIT compiler has finished; nothing of it stays in the directory
                            (default 0: measure a cold server)
              --group-warmup N      PATCH adds into a throw-away group before the measured group
                                    (default 500; 0 to skip), so JIT warm-up does not flatter the ratio
              --note TEXT           free text printed with the summary (server settings, command line)
              --summary-file PATH   also write the markdown summary to PATH
              --server-pid PID      the server's process id (Linux): each phase then reports how the
                                    machine's CPU time split between driver, server and other processes.
                                    PID1,PID2,…: several server processes (nodes, and the database's
                                    postmaster: a process counts with its child processes), summed
              --http-client C       lean (default): a minimal HTTP/1.1 client, one kept-alive socket per
                                    driver thread, so the driver takes little CPU from the server;
                                    jdk: java.net.http.HttpClient (about 5x the driver CPU per request)
              --http-executor E     with --http-client jdk: direct (default) runs completions on the
                                    client's selector thread; pool: the JDK's default executor
              --help                this text

            Exit status: 0 correct and on target; 1 correct but a target missed; 2 a correctness failure.
            """;

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                System.out.print(USAGE);
                System.exit(0);
            }
            String v;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                v = a.substring(eq + 1);
                a = a.substring(0, eq);
            } else {
                if (i + 1 >= args.length) {
                    die("missing value for " + a);
                }
                v = args[++i];
            }
            switch (a) {
                case "--base" -> o.base = v;
                case "--token" -> o.token = v;
                case "--users" -> o.users = positive(a, v, 1);
                case "--clients" -> o.clients = positive(a, v, 1);
                case "--lookups" -> o.lookups = positive(a, v, 0);
                case "--lookup-rate" -> o.lookupRate = Double.parseDouble(v);
                case "--deactivate" -> o.deactivate = positive(a, v, 0);
                case "--prefix" -> o.prefix = v;
                case "--max-errors" -> o.maxErrors = positive(a, v, 1);
                case "--phase-timeout" -> o.phaseTimeoutSeconds = positive(a, v, 1);
                case "--request-timeout" -> o.requestTimeoutSeconds = positive(a, v, 1);
                case "--import-repeats" -> o.importRepeats = positive(a, v, 1);
                case "--group-warmup" -> o.groupWarmup = positive(a, v, 0);
                case "--warmup" -> o.warmupSeconds = positive(a, v, 0);
                case "--note" -> o.note = v;
                case "--summary-file" -> o.summaryFile = v;
                case "--server-pid" -> {
                    String[] pids = v.split(",");
                    o.serverPids = new long[pids.length];
                    for (int k = 0; k < pids.length; k++) {
                        o.serverPids[k] = positive(a, pids[k].trim(), 1);
                    }
                }
                case "--http-client" -> {
                    if (!v.equals("lean") && !v.equals("jdk")) {
                        die("--http-client is lean or jdk");
                    }
                    o.leanClient = v.equals("lean");
                }
                case "--http-executor" -> {
                    if (!v.equals("direct") && !v.equals("pool")) {
                        die("--http-executor is direct or pool");
                    }
                    o.directExecutor = v.equals("direct");
                }
                case "--phases" -> {
                    Set<String> wanted = new LinkedHashSet<>();
                    for (String p : v.split(",")) {
                        String t = p.trim().toLowerCase(Locale.ROOT);
                        if (t.isEmpty()) {
                            continue;
                        }
                        if (!ALL_PHASES.contains(t)) {
                            die("unknown phase '" + t + "'; known: " + String.join(",", ALL_PHASES));
                        }
                        wanted.add(t);
                    }
                    if (wanted.isEmpty()) {
                        die("--phases names no phase");
                    }
                    List<String> ordered = new ArrayList<>();
                    for (String p : ALL_PHASES) {
                        if (wanted.contains(p)) {
                            ordered.add(p);
                        }
                    }
                    o.phases = ordered;
                }
                default -> die("unknown option " + a + " (try --help)");
            }
        }
        if (o.base == null) {
            die("--base is required (try --help)");
        }
        o.bases = o.base.split(",");
        for (int k = 0; k < o.bases.length; k++) {
            String b = o.bases[k].trim();
            while (b.endsWith("/")) {
                b = b.substring(0, b.length() - 1);
            }
            requireLoopback(b);
            o.bases[k] = b;
        }
        o.base = o.bases[0];
        if (o.token == null || o.token.isBlank()) {
            o.token = System.getenv("ROSTER_SCIM_TOKEN");
        }
        if (o.token == null || o.token.isBlank()) {
            die("no token: pass --token or set ROSTER_SCIM_TOKEN");
        }
        if (o.prefix == null) {
            o.prefix = "r" + (System.currentTimeMillis() / 1000);
        }
        if (!o.prefix.matches("[A-Za-z0-9._-]{1,40}")) {
            die("--prefix must be 1-40 characters of [A-Za-z0-9._-]");
        }
        return o;
    }

    static int positive(String name, String v, int min) {
        try {
            int n = Integer.parseInt(v.replace("_", "").replace(",", ""));
            if (n < min) {
                die(name + " must be >= " + min);
            }
            return n;
        } catch (NumberFormatException e) {
            die(name + " expects a number, got '" + v + "'");
            return 0;
        }
    }

    /** Only literal loopback addresses: no name resolution, so nothing can point the driver elsewhere. */
    static void requireLoopback(String base) {
        URI uri;
        try {
            uri = new URI(base);
        } catch (Exception e) {
            die("--base is not a URL: " + base);
            return;
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            die("--base must be an http(s) URL: " + base);
        }
        String host = uri.getHost();
        if (host == null) {
            die("--base has no host: " + base);
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean ipv4 = literal.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = literal.contains(":") && literal.matches("[0-9A-Fa-f:.]+");
        boolean loopback = false;
        if (ipv4 || ipv6) {
            try {
                loopback = InetAddress.getByName(literal).isLoopbackAddress(); // a literal: no DNS lookup
            } catch (IOException e) {
                loopback = false;
            }
        }
        if (!loopback) {
            die("refusing non-loopback base URL " + base + " (use 127.0.0.1 or [::1])");
        }
    }

    static void die(String message) {
        System.err.println("ScimLoadDriver: " + message);
        System.exit(64);
    }

    // ------------------------------------------------------------------------------------------------
    // HTTP
    // ------------------------------------------------------------------------------------------------
    record Resp(int status, String body, long nanos, String error) {
        double ms() {
            return nanos / 1e6;
        }
    }

    final Options opt;
    final HttpClient http;
    final Duration requestTimeout;
    final String auth;
    final LeanHttp[] leans;
    final java.util.concurrent.atomic.AtomicInteger nextBase = new java.util.concurrent.atomic.AtomicInteger();

    ScimLoadDriver(Options opt) {
        this.opt = opt;
        HttpClient.Builder hb = HttpClient.newBuilder();
        if (opt.directExecutor) {
            // Completions run on the client's selector thread instead of hopping to a pool thread and back:
            // about 30 % less driver CPU per request on 2 cores, which the server then has. Safe here: HTTP/1.1
            // and String bodies, so nothing on that thread blocks.
            hb.executor(Runnable::run);
        }
        this.http = hb.version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = Duration.ofSeconds(opt.requestTimeoutSeconds);
        this.auth = "Bearer " + opt.token;
        this.leans = new LeanHttp[opt.bases.length];
        for (int k = 0; k < leans.length; k++) {
            leans[k] = new LeanHttp(
                    URI.create(opt.bases[k]), auth, (int) Math.min(Integer.MAX_VALUE, requestTimeout.toMillis()));
        }
    }

    /** One timed exchange; the time covers sending the request and reading the whole body. */
    Resp call(String method, String pathAndQuery, String body) {
        int k = leans.length == 1 ? 0 : Math.floorMod(nextBase.getAndIncrement(), leans.length);
        return opt.leanClient
                ? leans[k].call(method, pathAndQuery, body)
                : jdkCall(opt.bases[k], method, pathAndQuery, body);
    }

    private Resp jdkCall(String base, String method, String pathAndQuery, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(requestTimeout)
                .header("Authorization", auth)
                .header("Accept", SCIM_JSON);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", SCIM_JSON + "; charset=utf-8");
            b.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpRequest request = b.build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Resp(r.statusCode(), r.body(), System.nanoTime() - t0, null);
        } catch (IOException e) {
            return new Resp(-1, "", System.nanoTime() - t0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Resp(-1, "", System.nanoTime() - t0, "interrupted");
        }
    }

    /**
     * A minimal HTTP/1.1 client: one kept-alive socket per driver thread, blocking reads, Content-Length and
     * chunked bodies. The JDK's HttpClient spent about half a millisecond of CPU per request here, which on a
     * 2-core machine is CPU taken from the server being measured; this one spends a small fraction of that.
     */
    static final class LeanHttp {
        private final String host;
        private final int port;
        private final String basePath;
        private final String auth;
        private final int timeoutMillis;
        private final ThreadLocal<Connection> connections = new ThreadLocal<>();

        LeanHttp(URI base, String auth, int timeoutMillis) {
            this.host = base.getHost();
            this.port = base.getPort() < 0 ? 80 : base.getPort();
            this.basePath = base.getRawPath();
            this.auth = auth;
            this.timeoutMillis = timeoutMillis;
        }

        Resp call(String method, String pathAndQuery, String body) {
            long t0 = System.nanoTime();
            for (int attempt = 0; ; attempt++) {
                Connection c = connections.get();
                boolean reused = c != null;
                try {
                    if (c == null) {
                        c = new Connection(host, port, timeoutMillis);
                        connections.set(c);
                    }
                    Resp r = c.exchange(method, basePath + pathAndQuery, body, host + ":" + port, auth, t0);
                    if (r.status() < 0 || c.closeAfter) {
                        c.close();
                        connections.remove();
                    }
                    return r;
                } catch (IOException e) {
                    if (c != null) {
                        c.close();
                    }
                    connections.remove();
                    // A kept-alive connection the server closed meanwhile: retry once on a new one.
                    if (reused && attempt == 0) {
                        continue;
                    }
                    return new Resp(
                            -1, "", System.nanoTime() - t0, e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }

        static final class Connection {
            final java.net.Socket socket;
            final java.io.BufferedInputStream in;
            final java.io.OutputStream out;
            boolean closeAfter;

            Connection(String host, int port, int timeoutMillis) throws IOException {
                socket = new java.net.Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new java.net.InetSocketAddress(host, port), 10_000);
                socket.setSoTimeout(timeoutMillis);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 65536);
                out = new java.io.BufferedOutputStream(socket.getOutputStream(), 65536);
            }

            Resp exchange(String method, String target, String body, String hostHeader, String auth, long t0)
                    throws IOException {
                byte[] payload = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
                StringBuilder head = new StringBuilder(256)
                        .append(method)
                        .append(' ')
                        .append(target)
                        .append(" HTTP/1.1\r\n")
                        .append("Host: ")
                        .append(hostHeader)
                        .append("\r\n")
                        .append("Authorization: ")
                        .append(auth)
                        .append("\r\n")
                        .append("Accept: ")
                        .append(SCIM_JSON)
                        .append("\r\n");
                if (payload != null) {
                    head.append("Content-Type: ")
                            .append(SCIM_JSON)
                            .append("; charset=utf-8\r\n")
                            .append("Content-Length: ")
                            .append(payload.length)
                            .append("\r\n");
                } else if (!method.equals("GET") && !method.equals("DELETE")) {
                    head.append("Content-Length: 0\r\n");
                }
                head.append("\r\n");
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (payload != null) {
                    out.write(payload);
                }
                out.flush();
                String statusLine = readLine();
                if (statusLine == null) {
                    throw new java.io.EOFException("connection closed before the status line");
                }
                int status = Integer.parseInt(statusLine.substring(9, 12));
                long length = -1;
                boolean chunked = false;
                closeAfter = false;
                String line;
                while ((line = readLine()) != null && !line.isEmpty()) {
                    int colon = line.indexOf(':');
                    if (colon <= 0) {
                        continue;
                    }
                    String name = line.substring(0, colon).trim();
                    String value = line.substring(colon + 1).trim();
                    if (name.equalsIgnoreCase("Content-Length")) {
                        length = Long.parseLong(value);
                    } else if (name.equalsIgnoreCase("Transfer-Encoding")
                            && value.toLowerCase().contains("chunked")) {
                        chunked = true;
                    } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                        closeAfter = true;
                    }
                }
                byte[] content;
                if (chunked) {
                    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(8192);
                    while (true) {
                        String size = readLine();
                        if (size == null) {
                            throw new java.io.EOFException("connection closed inside a chunked body");
                        }
                        int semi = size.indexOf(';');
                        int n = Integer.parseInt((semi >= 0 ? size.substring(0, semi) : size).trim(), 16);
                        if (n == 0) {
                            while ((line = readLine()) != null && !line.isEmpty()) {
                                // trailers
                            }
                            break;
                        }
                        buffer.write(in.readNBytes(n));
                        readLine();
                    }
                    content = buffer.toByteArray();
                } else if (length >= 0) {
                    content = in.readNBytes((int) length);
                } else if (status == 204 || status == 304 || method.equals("HEAD")) {
                    content = new byte[0];
                } else {
                    content = in.readAllBytes();
                    closeAfter = true;
                }
                return new Resp(status, new String(content, StandardCharsets.UTF_8), System.nanoTime() - t0, null);
            }

            private String readLine() throws IOException {
                StringBuilder line = new StringBuilder(64);
                int c;
                while ((c = in.read()) != -1) {
                    if (c == '\n') {
                        int len = line.length();
                        if (len > 0 && line.charAt(len - 1) == '\r') {
                            line.setLength(len - 1);
                        }
                        return line.toString();
                    }
                    line.append((char) c);
                }
                return line.length() == 0 ? null : line.toString();
            }

            void close() {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String eqFilter(String attribute, String value) {
        return "filter="
                + enc(attribute + " eq \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }

    // ------------------------------------------------------------------------------------------------
    // Phase bookkeeping
    // ------------------------------------------------------------------------------------------------
    /** Thrown by a request check; the message says what was wrong. */
    static final class CheckFailed extends Exception {
        private static final long serialVersionUID = 1L;

        CheckFailed(String message) {
            super(message);
        }
    }

    static final class Phase {
        final String name;
        final int planned;
        int shownPlanned;
        final long[] latencyNanos; // by request index; -1 when the request was not made
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger ok = new AtomicInteger(); // tasks whose every check passed
        final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        final List<String> notes = new ArrayList<>();
        final List<String> targetLines = new ArrayList<>();
        boolean correct = true; // every response and verification right, and the phase ran to the end
        boolean onTarget = true;
        boolean hasTarget;
        String targetText = "correctness only";
        long wallNanos;
        double loadAfter;
        CpuSplit cpu;
        boolean stoppedEarly;
        String stopReason;
        Stats stats;

        Phase(String name, int planned) {
            this.name = name;
            this.planned = planned;
            this.shownPlanned = planned;
            this.latencyNanos = new long[planned];
            Arrays.fill(latencyNanos, -1);
        }

        void fail(String what, Resp r) {
            errors.incrementAndGet();
            if (samples.size() < 8) {
                StringBuilder s = new StringBuilder(what);
                if (r != null) {
                    s.append(" -> ");
                    s.append(r.error != null ? r.error : "HTTP " + r.status + " " + abbreviate(r.body, 400));
                }
                samples.add(s.toString());
            }
        }

        void target(String line, boolean ok) {
            hasTarget = true;
            targetLines.add((ok ? "PASS  " : "FAIL  ") + line);
            onTarget &= ok;
        }

        void verify(String line, boolean ok) {
            targetLines.add((ok ? "ok    " : "FAIL  ") + line);
            correct &= ok;
        }
    }

    static String abbreviate(String s, int max) {
        if (s == null) {
            return "";
        }
        String oneLine = s.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…(" + s.length() + " chars)";
    }

    record Stats(int n, double p50, double p90, double p99, double max, double mean) {
        static Stats of(long[] nanos) {
            long[] v = Arrays.stream(nanos).filter(x -> x >= 0).sorted().toArray();
            if (v.length == 0) {
                return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            double mean = Arrays.stream(v).average().orElse(Double.NaN) / 1e6;
            return new Stats(v.length, rank(v, 0.50), rank(v, 0.90), rank(v, 0.99), v[v.length - 1] / 1e6, mean);
        }

        /** Nearest-rank percentile, in milliseconds. */
        static double rank(long[] sorted, double q) {
            int idx = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
        }
    }

    interface Task {
        /** Performs request {@code i}; returns its response (for the latency) or throws CheckFailed. */
        void run(int i, Phase phase) throws CheckFailed;
    }

    /**
     * Runs {@code phase.planned} tasks on {@code clients} threads, each taking the next index. Bounded by the
     * count, the phase time limit and the error budget.
     */
    void runConcurrent(Phase phase, int clients, Task task) {
        runConcurrent(phase, clients, 0, task);
    }

    /**
     * With {@code ratePerSecond} > 0, request i is due at start + i / rate, waits until then, and its latency
     * counts from then (an open workload, as wrk2 measures): a request delayed because every client was still
     * waiting for the server counts that delay too.
     */
    void runConcurrent(Phase phase, int clients, double ratePerSecond, Task task) {
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(opt.phaseTimeoutSeconds);
        int threads = Math.max(1, Math.min(clients, phase.planned));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-" + phase.name);
            t.setDaemon(true);
            return t;
        });
        CpuSample cpuBefore = CpuSample.take(opt.serverPids);
        long t0 = System.nanoTime();
        double nanosApart = ratePerSecond > 0 ? 1e9 / ratePerSecond : 0;
        Progress progress = new Progress(phase);
        for (int w = 0; w < threads; w++) {
            pool.execute(() -> {
                while (true) {
                    if (phase.errors.get() >= opt.maxErrors) {
                        stop(phase, "error budget (" + opt.maxErrors + ") exhausted");
                        return;
                    }
                    if (System.nanoTime() > deadline) {
                        stop(phase, "phase time limit (" + opt.phaseTimeoutSeconds + " s) reached");
                        return;
                    }
                    int i = next.getAndIncrement();
                    if (i >= phase.planned) {
                        return;
                    }
                    long due = t0 + (long) (i * nanosApart);
                    if (nanosApart > 0) {
                        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                    }
                    try {
                        task.run(i, phase);
                        if (nanosApart > 0 && phase.latencyNanos[i] >= 0) {
                            phase.latencyNanos[i] = System.nanoTime() - due;
                        }
                        phase.ok.incrementAndGet();
                    } catch (CheckFailed e) {
                        phase.fail("#" + i + " " + e.getMessage(), null);
                    } catch (RuntimeException e) {
                        phase.fail("#" + i + " driver exception " + e, null);
                    }
                    phase.done.incrementAndGet();
                    progress.tick();
                }
            });
        }
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                progress.tick();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        phase.wallNanos = System.nanoTime() - t0;
        phase.cpu = CpuSplit.between(cpuBefore, CpuSample.take(opt.serverPids), phase.wallNanos / 1e9);
        progress.end();
    }

    static synchronized void stop(Phase phase, String reason) {
        if (!phase.stoppedEarly) {
            phase.stoppedEarly = true;
            phase.stopReason = reason;
        }
    }

    /** A progress line on stderr every 10 s, so a long phase is visibly alive. */
    static final class Progress {
        final Phase phase;
        final long start = System.nanoTime();
        volatile long lastPrint = System.nanoTime();
        int lastDone;

        Progress(Phase phase) {
            this.phase = phase;
        }

        void tick() {
            long now = System.nanoTime();
            if (now - lastPrint > TimeUnit.SECONDS.toNanos(10)) {
                synchronized (this) {
                    if (now - lastPrint > TimeUnit.SECONDS.toNanos(10)) {
                        double s = (now - start) / 1e9;
                        double interval = (now - lastPrint) / 1e9;
                        lastPrint = now;
                        int d = phase.done.get();
                        // The last interval's rate shows the steady state once the server's JIT has warmed up.
                        System.err.printf(
                                Locale.ROOT,
                                "  [%s] %,d/%,d after %.0f s (%.0f req/s; last %.0f s: %.0f req/s), errors %d%n",
                                phase.name,
                                d,
                                phase.planned,
                                s,
                                d / s,
                                interval,
                                (d - lastDone) / interval,
                                phase.errors.get());
                        lastDone = d;
                    }
                }
            }
        }

        void end() {}
    }

    /** Records a response's latency under index i, then runs the check. */
    static Map<String, Object> expectJson(Phase phase, int i, Resp r, String what, int... okStatuses)
            throws CheckFailed {
        if (i >= 0 && r.error == null) {
            phase.latencyNanos[i] = r.nanos;
        }
        if (r.error != null) {
            throw new CheckFailed(what + " -> " + r.error);
        }
        boolean ok = false;
        for (int s : okStatuses) {
            ok |= s == r.status;
        }
        if (!ok) {
            throw new CheckFailed(what + " -> HTTP " + r.status + " (expected " + Arrays.toString(okStatuses) + ") "
                    + abbreviate(r.body, 400));
        }
        if (r.status == 204) {
            return null;
        }
        try {
            Object o = Json.parse(r.body);
            if (!(o instanceof Map)) {
                throw new CheckFailed(what + " -> body is not a JSON object: " + abbreviate(r.body, 200));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) o;
            return m;
        } catch (IllegalArgumentException e) {
            throw new CheckFailed(what + " -> invalid JSON (" + e.getMessage() + "): " + abbreviate(r.body, 200));
        }
    }

    static long integer(Map<String, Object> m, String key, String what) throws CheckFailed {
        Object v = m.get(key);
        if (!(v instanceof Long)) {
            throw new CheckFailed(
                    what + " -> '" + key + "' is " + (v == null ? "missing" : "not a JSON integer: " + v));
        }
        return (Long) v;
    }

    static List<Object> resources(Map<String, Object> m, boolean required, String what) throws CheckFailed {
        Object v = m.get("Resources");
        if (v == null) {
            if (required) {
                throw new CheckFailed(what + " -> no 'Resources' array");
            }
            return List.of();
        }
        if (!(v instanceof List)) {
            throw new CheckFailed(what + " -> 'Resources' is not an array");
        }
        @SuppressWarnings("unchecked")
        List<Object> l = (List<Object>) v;
        return l;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object o, String what) throws CheckFailed {
        if (!(o instanceof Map)) {
            throw new CheckFailed(what + " -> expected a JSON object, got " + o);
        }
        return (Map<String, Object>) o;
    }

    static String string(Map<String, Object> m, String key, String what) throws CheckFailed {
        Object v = m.get(key);
        if (!(v instanceof String) || ((String) v).isEmpty()) {
            throw new CheckFailed(
                    what + " -> '" + key + "' is " + (v == null ? "missing" : "not a non-empty string: " + v));
        }
        return (String) v;
    }

    static void listResponse(Map<String, Object> m, String what) throws CheckFailed {
        Object schemas = m.get("schemas");
        if (!(schemas instanceof List)
                || !((List<?>) schemas).contains("urn:ietf:params:scim:api:messages:2.0:ListResponse")) {
            throw new CheckFailed(what + " -> not a ListResponse (schemas " + schemas + ")");
        }
    }

    // ------------------------------------------------------------------------------------------------
    // The run
    // ------------------------------------------------------------------------------------------------
    String[] ids; // by user number; null when that create failed
    String[] names; // by user number
    int[] known; // user numbers with an id, in order
    final List<Phase> results = new ArrayList<>();
    final List<String> summaryExtras = new ArrayList<>();
    double loadBefore;
    final SecureRandom random = new SecureRandom();

    String userName(int n) {
        return opt.prefix + "-user" + n + "@example.com";
    }

    public static void main(String[] args) {
        // A keep-alive connection the server closed while idle fails the next request before the server
        // has read a byte ("header parser received no bytes"). The JDK retries that only for idempotent
        // methods; retry POST and PATCH too. Had the server processed the first attempt, the retry shows
        // up as an error (409 on create), so nothing is hidden.
        System.setProperty("jdk.httpclient.enableAllMethodRetry", "true");
        Options opt = parse(args);
        ScimLoadDriver d = new ScimLoadDriver(opt);
        System.exit(d.run(args));
    }

    int run(String[] args) {
        System.out.println("# Roster SCIM load driver");
        System.out.println("base " + String.join(",", opt.bases) + ", users " + opt.users + ", clients " + opt.clients
                + ", lookups "
                + opt.lookups + ", deactivate " + opt.deactivate + ", phases " + String.join(",", opt.phases)
                + ", prefix " + opt.prefix);
        loadBefore = loadAverage();
        int cpus = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "load average before the run: %.2f (%d CPUs)%n", loadBefore, cpus);
        if (loadBefore > 0.5 * cpus) {
            System.out.println("WARNING: the machine is already busy; figures from this run are not comparable");
        }
        if (!preflight()) {
            return 2;
        }
        if (opt.warmupSeconds > 0 && !warmUp()) {
            return 2;
        }
        for (String p : opt.phases) {
            if (!p.equals("create") && !p.startsWith("import") && known == null) {
                if (!discover()) {
                    return 2;
                }
            }
            if (p.equals("lookup")) {
                record(lookup());
                if (opt.lookupRate > 0) {
                    record(pacedLookup());
                }
                continue;
            }
            record(
                    switch (p) {
                        case "create" -> create();
                        case "import" -> importAll(false);
                        case "import-cursor" -> importAll(true);
                        case "groups" -> groups();
                        case "deactivate" -> deactivate();
                        default -> throw new IllegalStateException(p);
                    });
        }
        return summary(args);
    }

    void record(Phase phase) {
        phase.loadAfter = loadAverage();
        report(phase);
        results.add(phase);
    }

    /** The connection test Okta runs first: GET /Users?startIndex=1&count=2 must be a ListResponse. */
    boolean preflight() {
        Resp r = call("GET", "/Users?startIndex=1&count=2", null);
        String what = "GET /Users?startIndex=1&count=2";
        try {
            Map<String, Object> m = expectJson(new Phase("preflight", 0), -1, r, what, 200);
            listResponse(m, what);
            integer(m, "totalResults", what);
            System.out.println("preflight: " + what + " -> 200 ListResponse, totalResults " + m.get("totalResults"));
            return true;
        } catch (CheckFailed e) {
            System.out.println("preflight FAILED: " + e.getMessage());
            return false;
        }
    }

    /** Without a create phase, use the first --users users the server lists. */
    boolean discover() {
        System.out.println("no create phase: discovering up to " + opt.users + " existing users by paging GET /Users");
        List<String> foundIds = new ArrayList<>();
        List<String> foundNames = new ArrayList<>();
        int start = 1;
        long total = Long.MAX_VALUE;
        int maxPages = opt.users / 100 + 2;
        for (int page = 0; page < maxPages && foundIds.size() < opt.users && start <= total; page++) {
            String what = "GET /Users?startIndex=" + start + "&count=100";
            try {
                Map<String, Object> m = expectJson(
                        new Phase("discover", 0),
                        -1,
                        call("GET", "/Users?startIndex=" + start + "&count=100", null),
                        what,
                        200);
                total = integer(m, "totalResults", what);
                List<Object> res = resources(m, total > 0, what);
                if (res.isEmpty()) {
                    break;
                }
                for (Object o : res) {
                    Map<String, Object> u = object(o, what);
                    if (foundIds.size() < opt.users) {
                        foundIds.add(string(u, "id", what));
                        foundNames.add(string(u, "userName", what));
                    }
                }
                start += res.size();
            } catch (CheckFailed e) {
                System.out.println("discovery FAILED: " + e.getMessage());
                return false;
            }
        }
        if (foundIds.isEmpty()) {
            System.out.println("discovery FAILED: the server lists no users; run the create phase");
            return false;
        }
        ids = foundIds.toArray(new String[0]);
        names = foundNames.toArray(new String[0]);
        known = new int[ids.length];
        for (int i = 0; i < known.length; i++) {
            known[i] = i;
        }
        System.out.println("discovered " + ids.length + " users");
        return true;
    }

    String nameOf(int n) {
        return names != null ? names[n] : userName(n);
    }

    // ---- warm-up --------------------------------------------------------------------------------------
    /**
     * Runs the Okta request mix on throw-away users for --warmup seconds and removes them again: a JVM server
     * compiles its hot paths during the first minute or two under load, and a production directory runs warm.
     * Every response is checked as in the measured phases.
     */
    boolean warmUp() {
        System.out.println();
        System.out.println(
                "## warm-up: " + opt.warmupSeconds + " s of create, lookup, page, PATCH, DELETE on throw-away users ("
                        + opt.clients + " clients); not measured");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(opt.warmupSeconds);
        Phase phase = new Phase("warm-up", 0);
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < opt.clients; t++) {
            Thread thread = new Thread(
                    () -> {
                        while (System.nanoTime() < end && phase.errors.get() < opt.maxErrors) {
                            int n = next.getAndIncrement();
                            try {
                                warmUpOnce(n);
                                phase.done.incrementAndGet();
                            } catch (CheckFailed e) {
                                phase.fail("#" + n + " " + e.getMessage(), null);
                            }
                        }
                    },
                    "bench-warm-up");
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        System.out.printf(
                Locale.ROOT, "warm-up: %,d user lifecycles, errors %d%n", phase.done.get(), phase.errors.get());
        if (phase.errors.get() > 0) {
            System.out.println("warm-up FAILED: " + phase.samples);
            return false;
        }
        return true;
    }

    void warmUpOnce(int n) throws CheckFailed {
        Phase scratch = new Phase("warm-up", 0);
        String userName = "warm-" + opt.prefix + "-user" + n + "@example.com";
        Map<String, Object> created =
                expectJson(scratch, -1, call("POST", "/Users", createBody(n, userName)), "warm-up POST /Users", 201);
        String id = string(created, "id", "warm-up POST /Users");
        String filter = URLEncoder.encode("userName eq \"" + userName + "\"", StandardCharsets.UTF_8)
                .replace("+", "%20");
        Map<String, Object> found =
                expectJson(scratch, -1, call("GET", "/Users?filter=" + filter, null), "warm-up lookup", 200);
        if (integer(found, "totalResults", "warm-up lookup") != 1) {
            throw new CheckFailed("warm-up lookup of " + userName + " did not find it");
        }
        if (n % 20 == 0) {
            expectJson(scratch, -1, call("GET", "/Users?startIndex=1&count=100", null), "warm-up page", 200);
        }
        String deactivate = "{\"schemas\":[\"" + PATCH_SCHEMA
                + "\"],\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}";
        expectJson(scratch, -1, call("PATCH", "/Users/" + id, deactivate), "warm-up PATCH", 200, 204);
        Resp deleted = call("DELETE", "/Users/" + id, null);
        if (deleted.error != null || deleted.status != 204) {
            throw new CheckFailed("warm-up DELETE /Users/" + id + " -> "
                    + (deleted.error != null ? deleted.error : "HTTP " + deleted.status));
        }
    }

    // ---- create ---------------------------------------------------------------------------------------
    Phase create() {
        Phase phase = new Phase("create", opt.users);
        phase.targetText = "≥ " + fmt0(CREATE_MIN_RPS) + " users/s";
        ids = new String[opt.users];
        names = new String[opt.users];
        System.out.println();
        System.out.println("## create: POST /Users x " + opt.users + " (" + opt.clients + " clients)");
        runConcurrent(phase, opt.clients, (i, ph) -> {
            String userName = userName(i);
            names[i] = userName;
            String body = createBody(i, userName);
            String what = "POST /Users " + userName;
            Resp r = call("POST", "/Users", body);
            Map<String, Object> m = expectJson(ph, i, r, what, 201);
            String id = string(m, "id", what);
            Object un = m.get("userName");
            if (!userName.equals(un)) {
                throw new CheckFailed(what + " -> userName came back as " + un);
            }
            if (!Boolean.TRUE.equals(m.get("active"))) {
                throw new CheckFailed(what + " -> active is " + m.get("active") + ", expected true");
            }
            if (m.containsKey("password")) {
                throw new CheckFailed(what + " -> the response returns the writeOnly password");
            }
            ids[i] = id;
        });
        Set<String> unique = new HashSet<>();
        int made = 0;
        for (String id : ids) {
            if (id != null) {
                made++;
                if (!unique.add(id)) {
                    phase.fail("duplicate id " + id + " returned for two creates", null);
                }
            }
        }
        known = new int[made];
        for (int i = 0, k = 0; i < ids.length; i++) {
            if (ids[i] != null) {
                known[k++] = i;
            }
        }
        phase.notes.add(made + " users created with unique ids");
        finish(phase);
        double rps = phase.done.get() / (phase.wallNanos / 1e9);
        phase.target(
                String.format(Locale.ROOT, "throughput %.0f users/s ≥ %.0f", rps, CREATE_MIN_RPS),
                rps >= CREATE_MIN_RPS);
        return phase;
    }

    String createBody(int n, String userName) {
        String given = GIVEN[n % GIVEN.length];
        String family = FAMILY[(n / GIVEN.length) % FAMILY.length];
        return "{\"schemas\":[\"" + USER_SCHEMA + "\"],"
                + "\"userName\":" + Json.quote(userName) + ","
                + "\"name\":{\"givenName\":" + Json.quote(given) + ",\"familyName\":" + Json.quote(family) + "},"
                + "\"emails\":[{\"primary\":true,\"value\":" + Json.quote(userName) + ",\"type\":\"work\"}],"
                + "\"displayName\":" + Json.quote(given + " " + family) + ","
                + "\"locale\":\"en-US\","
                + "\"externalId\":" + Json.quote("00u" + randomAlnum(17)) + ","
                + "\"groups\":[],"
                + "\"password\":" + Json.quote(randomAlnum(12) + "!a1") + ","
                + "\"active\":true}";
    }

    static final char[] ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    String randomAlnum(int len) {
        char[] c = new char[len];
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < len; i++) {
            c[i] = ALNUM[r.nextInt(ALNUM.length)];
        }
        return new String(c);
    }

    // ---- lookup ---------------------------------------------------------------------------------------
    /** As many lookups as the clients can send: the throughput target. */
    Phase lookup() {
        Phase phase = lookupPhase("lookup", 0);
        if (phase.planned > 0 && known.length > 0) {
            double rps = phase.done.get() / (phase.wallNanos / 1e9);
            phase.target(
                    String.format(Locale.ROOT, "throughput %.0f req/s ≥ %.0f", rps, LOOKUP_MIN_RPS),
                    rps >= LOOKUP_MIN_RPS);
        }
        return phase;
    }

    /** The same lookups at a steady rate, latency counted from when each was due: the p99 target. */
    Phase pacedLookup() {
        Phase phase = lookupPhase("lookup at " + fmt0(opt.lookupRate) + "/s", opt.lookupRate);
        if (phase.planned > 0 && known.length > 0) {
            double rps = phase.done.get() / (phase.wallNanos / 1e9);
            phase.target(
                    String.format(Locale.ROOT, "kept the rate: %.0f req/s ≥ %.0f", rps, 0.97 * opt.lookupRate),
                    rps >= 0.97 * opt.lookupRate);
            phase.target(
                    String.format(Locale.ROOT, "p99 %.2f ms < %.0f ms", phase.stats.p99, LOOKUP_MAX_P99_MS),
                    phase.stats.p99 < LOOKUP_MAX_P99_MS);
        }
        return phase;
    }

    Phase lookupPhase(String phaseName, double rate) {
        int unknown = opt.lookups == 0 ? 0 : Math.max(10, opt.lookups / 200);
        int upper = opt.lookups == 0 ? 0 : Math.max(10, opt.lookups / 200);
        int total = opt.lookups + unknown + upper;
        Phase phase = new Phase(phaseName, total);
        phase.targetText = rate > 0
                ? "p99 < " + fmt0(LOOKUP_MAX_P99_MS) + " ms at " + fmt0(rate) + " req/s"
                : "≥ " + fmt0(LOOKUP_MIN_RPS) + " req/s";
        System.out.println();
        System.out.println("## " + phaseName + ": GET /Users?filter=userName eq \"…\" x " + total + " (" + opt.lookups
                + " existing, " + upper + " existing upper-cased, " + unknown + " unknown; " + opt.clients + " clients"
                + (rate > 0
                        ? ", one due every " + fmt2(1000 / rate) + " ms; latency from when it was due)"
                        : ", as fast as they go)"));
        if (known.length == 0) {
            phase.verify("no users to look up", false);
            finish(phase);
            return phase;
        }
        // Kinds spread evenly through the run: 0 existing, 1 unknown, 2 existing upper-cased.
        byte[] kind = new byte[total];
        for (int k = 0; k < unknown; k++) {
            kind[(int) ((long) k * total / unknown)] = 1;
        }
        for (int k = 0; k < upper; k++) {
            int at = (int) ((long) k * total / upper + total / (2 * upper));
            while (kind[at % total] != 0) {
                at++;
            }
            kind[at % total] = 2;
        }
        runConcurrent(phase, opt.clients, rate, (i, ph) -> {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            if (kind[i] == 1) {
                String name = opt.prefix + "-nobody" + rnd.nextInt(1_000_000_000) + "@example.com";
                String what = "GET /Users?filter=userName eq \"" + name + "\"";
                Map<String, Object> m = expectJson(
                        ph,
                        i,
                        call("GET", "/Users?" + eqFilter("userName", name) + "&startIndex=1&count=100", null),
                        what,
                        200);
                listResponse(m, what);
                long t = integer(m, "totalResults", what);
                if (t != 0) {
                    throw new CheckFailed(what + " -> totalResults " + t + ", expected 0");
                }
                Object res = m.get("Resources");
                if (!(res instanceof List) || !((List<?>) res).isEmpty()) {
                    throw new CheckFailed(
                            what + " -> Resources is " + res + "; Okta needs \"Resources\":[] on no match");
                }
                return;
            }
            int n = known[rnd.nextInt(known.length)];
            String name = kind[i] == 2 ? nameOf(n).toUpperCase(Locale.ROOT) : nameOf(n);
            String what = "GET /Users?filter=userName eq \"" + name + "\"";
            Map<String, Object> m = expectJson(
                    ph,
                    i,
                    call("GET", "/Users?" + eqFilter("userName", name) + "&startIndex=1&count=100", null),
                    what,
                    200);
            listResponse(m, what);
            long t = integer(m, "totalResults", what);
            if (t != 1) {
                throw new CheckFailed(what + " -> totalResults " + t + ", expected 1");
            }
            List<Object> res = resources(m, true, what);
            if (res.size() != 1) {
                throw new CheckFailed(what + " -> " + res.size() + " Resources, expected 1");
            }
            Map<String, Object> u = object(res.get(0), what);
            String id = string(u, "id", what);
            if (!id.equals(ids[n])) {
                throw new CheckFailed(what + " -> id " + id + ", expected " + ids[n]);
            }
            if (!nameOf(n).equals(u.get("userName"))) {
                throw new CheckFailed(what + " -> userName " + u.get("userName") + ", expected " + nameOf(n));
            }
        });
        phase.notes.add("unknown names answered totalResults 0 with Resources []; upper-cased names found the user");
        finish(phase);
        return phase;
    }

    // ---- import ---------------------------------------------------------------------------------------
    /**
     * The whole directory in pages of 100, as an IdP imports it: by startIndex (index paging, RFC 7644), or by
     * cursor (RFC 9865: an empty cursor first, then each page's nextCursor until a page has none).
     */
    Phase importAll(boolean byCursor) {
        String name = byCursor ? "import-cursor" : "import";
        System.out.println();
        System.out.println(
                byCursor
                        ? "## import-cursor: GET /Users?cursor=&count=100, then each nextCursor until none (1 client)"
                        : "## import: GET /Users?startIndex=S&count=100 from 1 while S <= totalResults (1 client)");
        Resp probe = call("GET", "/Users?startIndex=1&count=0", null);
        long expected;
        try {
            expected = integer(
                    expectJson(new Phase("probe", 0), -1, probe, "GET /Users?count=0", 200),
                    "totalResults",
                    "GET /Users?count=0");
        } catch (CheckFailed e) {
            Phase phase = new Phase(name, 0);
            phase.fail(e.getMessage(), null);
            phase.verify("could not read the number of users", false);
            finish(phase);
            return phase;
        }
        int pages = (int) Math.min(Integer.MAX_VALUE - 2, (expected + 99) / 100 + 1);
        Phase phase = new Phase(name, pages);
        phase.shownPlanned = (int) Math.max(1, (expected + 99) / 100);
        Set<String> seen = new HashSet<>((int) Math.min(expected * 2 + 16, 50_000_000));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(opt.phaseTimeoutSeconds);
        Progress progress = new Progress(phase);
        long totalResults = -1;
        int start = 1;
        int page = 0;
        double firstInRun = Double.NaN;
        double lastInRun = Double.NaN;
        int lastStart = 1;
        String firstPath = byCursor ? "/Users?cursor=&count=100" : "/Users?startIndex=1&count=100";
        String path = firstPath;
        String lastPath = firstPath;
        CpuSample cpuBefore = CpuSample.take(opt.serverPids);
        long t0 = System.nanoTime();
        while (true) {
            if (page >= pages) {
                phase.fail("more pages than totalResults allows (" + pages + "); stopping", null);
                break;
            }
            if (System.nanoTime() > deadline) {
                stop(phase, "phase time limit (" + opt.phaseTimeoutSeconds + " s) reached");
                break;
            }
            if (phase.errors.get() >= opt.maxErrors) {
                stop(phase, "error budget exhausted");
                break;
            }
            String what = "GET " + path;
            Resp r = call("GET", path, null);
            phase.done.incrementAndGet();
            progress.tick();
            int got;
            String next = null;
            try {
                Map<String, Object> m = expectJson(phase, page, r, what, 200);
                listResponse(m, what);
                long t = integer(m, "totalResults", what);
                if (totalResults < 0) {
                    totalResults = t;
                } else if (t != totalResults) {
                    throw new CheckFailed(what + " -> totalResults changed from " + totalResults + " to " + t);
                }
                if (!byCursor) {
                    long si = integer(m, "startIndex", what);
                    if (si != start) {
                        throw new CheckFailed(what + " -> startIndex " + si + ", expected " + start);
                    }
                }
                List<Object> res = resources(m, totalResults >= start, what);
                long ipp = integer(m, "itemsPerPage", what);
                if (ipp != res.size()) {
                    throw new CheckFailed(what + " -> itemsPerPage " + ipp + " but " + res.size() + " Resources");
                }
                long remaining = totalResults - start + 1;
                long want = Math.max(0, Math.min(100, remaining));
                if (res.size() != want) {
                    throw new CheckFailed(what + " -> " + res.size() + " Resources, expected " + want
                            + " (totalResults " + totalResults + ")");
                }
                for (Object o : res) {
                    Map<String, Object> u = object(o, what);
                    String id = string(u, "id", what);
                    string(u, "userName", what);
                    if (!seen.add(id)) {
                        throw new CheckFailed(
                                what + " -> id " + id + " already seen on an earlier page (unstable order)");
                    }
                }
                got = res.size();
                if (byCursor) {
                    // RFC 9865: nextCursor on every page but the last.
                    boolean last = start - 1L + got >= totalResults;
                    if (last == m.containsKey("nextCursor")) {
                        throw new CheckFailed(what + " -> "
                                + (last
                                        ? "nextCursor on the last page"
                                        : "no nextCursor, but " + (totalResults - start + 1 - got) + " users remain"));
                    }
                    next = last ? null : string(m, "nextCursor", what);
                }
            } catch (CheckFailed e) {
                phase.fail(e.getMessage(), null);
                break; // paging cannot continue reliably after a wrong page
            }
            if (page == 0) {
                firstInRun = r.ms();
            }
            lastInRun = r.ms();
            lastStart = start;
            lastPath = path;
            page++;
            if (got == 0) {
                break;
            }
            start += got;
            if (start > totalResults || (byCursor && next == null)) {
                break;
            }
            path = byCursor ? "/Users?count=100&cursor=" + next : "/Users?startIndex=" + start + "&count=100";
        }
        phase.wallNanos = System.nanoTime() - t0;
        phase.cpu = CpuSplit.between(cpuBefore, CpuSample.take(opt.serverPids), phase.wallNanos / 1e9);
        finishStats(phase);
        long count = Math.max(0, totalResults);
        phase.verify(
                String.format(Locale.ROOT, "ids seen %,d = totalResults %,d, all unique", seen.size(), count),
                seen.size() == count && phase.errors.get() == 0);
        if (opt.phases.contains("create") && ids != null && count < known.length) {
            phase.verify("the directory lists fewer users than this run created", false);
        }
        phase.notes.add(String.format(
                Locale.ROOT,
                "users imported: %,d in %,d pages (directory includes earlier runs' users, if any)",
                seen.size(),
                page));
        phase.notes.add(String.format(
                Locale.ROOT,
                "in-run first page %.2f ms, last page (%s %d) %.2f ms",
                firstInRun,
                byCursor ? "from user" : "startIndex",
                lastStart,
                lastInRun));

        // First and last page again, interleaved: one warm-up each, then the average of N repeats.
        double first = Double.NaN;
        double last = Double.NaN;
        if (phase.errors.get() == 0 && count > 0) {
            double sumF = 0;
            double sumL = 0;
            for (int rep = -1; rep < opt.importRepeats; rep++) {
                Resp f = call("GET", firstPath, null);
                Resp l = call("GET", lastPath, null);
                try {
                    expectJson(phase, -1, f, "GET " + firstPath, 200);
                    expectJson(phase, -1, l, "GET " + lastPath, 200);
                } catch (CheckFailed e) {
                    phase.fail("repeat: " + e.getMessage(), null);
                }
                if (rep >= 0) {
                    sumF += f.ms();
                    sumL += l.ms();
                }
            }
            first = sumF / opt.importRepeats;
            last = sumL / opt.importRepeats;
            phase.notes.add(String.format(
                    Locale.ROOT,
                    "repeated (avg of %d after 1 warm-up): first page %.2f ms, last page %.2f ms, ratio %.2f",
                    opt.importRepeats,
                    first,
                    last,
                    last / first));
        }
        double seconds = phase.wallNanos / 1e9;
        double limit = IMPORT_MAX_SECONDS_PER_100K * Math.max(count, 1) / 100_000.0;
        phase.targetText = "100k users < 60 s (scaled: " + fmt2(limit) + " s for "
                + String.format(Locale.ROOT, "%,d", count) + "); last page ≤ 2× first";
        phase.target(
                String.format(
                        Locale.ROOT,
                        "import of %,d users took %.2f s; target %.2f s (60 s per 100,000 users)%s",
                        count,
                        seconds,
                        limit,
                        count == 100_000 ? "" : " [scaled]"),
                seconds < limit && !phase.stoppedEarly);
        phase.target(
                String.format(
                        Locale.ROOT, "last/first page latency %.2f ≤ %.1f", last / first, IMPORT_MAX_LAST_OVER_FIRST),
                last / first <= IMPORT_MAX_LAST_OVER_FIRST);
        summaryExtras.add(String.format(
                Locale.ROOT,
                "- %s: %,d users in %,d pages, %.2f s (%,.0f users/s); first page %.2f ms, last page %.2f ms, last/first %.2f",
                byCursor ? "import by cursor" : "import by startIndex",
                count,
                page,
                seconds,
                count / seconds,
                first,
                last,
                last / first));
        finishCorrectness(phase);
        return phase;
    }

    // ---- groups ---------------------------------------------------------------------------------------
    Phase groups() {
        int members = known.length;
        Phase phase = new Phase("groups", members);
        int bucket = Math.max(1, Math.min(GROUP_BUCKET, members / 2));
        phase.targetText = "p99 of last " + bucket + " adds ≤ 1.5× p99 of first " + bucket;
        System.out.println();
        System.out.println("## groups: POST /Groups, then " + members + " PATCH add members, one member each ("
                + opt.clients + " clients)");
        int warm = Math.min(opt.groupWarmup, members);
        if (warm > 0) {
            String gid = createGroup(phase, "bench-" + opt.prefix + "-warmup");
            if (gid != null) {
                Phase w = new Phase("groups-warmup", warm);
                runConcurrent(w, opt.clients, (i, ph) -> addMember(ph, i, gid, known[i]));
                if (w.errors.get() > 0) {
                    for (String s : w.samples) {
                        phase.fail("warm-up: " + s, null);
                    }
                }
                phase.notes.add(warm + " warm-up adds into group bench-" + opt.prefix + "-warmup (not measured)");
            }
        }
        String displayName = "bench-" + opt.prefix;
        String gid = createGroup(phase, displayName);
        if (gid == null) {
            phase.verify("POST /Groups failed; no member adds attempted", false);
            finish(phase);
            return phase;
        }
        runConcurrent(phase, opt.clients, (i, ph) -> addMember(ph, i, gid, known[i]));
        finish(phase);
        int added = 0;
        for (long l : phase.latencyNanos) {
            if (l >= 0) {
                added++;
            }
        }
        int okAdds = phase.ok.get();
        // Membership check: how many users carry this group.
        String what = "GET /Users?filter=groups.value eq \"" + gid + "\"&count=0";
        try {
            Map<String, Object> m = expectJson(
                    phase, -1, call("GET", "/Users?" + eqFilter("groups.value", gid) + "&count=0", null), what, 200);
            long t = integer(m, "totalResults", what);
            phase.verify(
                    String.format(Locale.ROOT, "%s -> totalResults %,d = successful adds %,d", what, t, okAdds),
                    t == okAdds);
        } catch (CheckFailed e) {
            phase.verify(e.getMessage(), false);
        }
        long[] early = Arrays.copyOfRange(phase.latencyNanos, 0, Math.min(bucket, members));
        long[] late = Arrays.copyOfRange(phase.latencyNanos, Math.max(0, members - bucket), members);
        Stats se = Stats.of(early);
        Stats sl = Stats.of(late);
        double ratio = sl.p99 / se.p99;
        phase.notes.add(String.format(
                Locale.ROOT,
                "adds while the group had 0–%,d members: p50 %.2f ms, p99 %.2f ms (n=%d)",
                bucket,
                se.p50,
                se.p99,
                se.n));
        phase.notes.add(String.format(
                Locale.ROOT,
                "adds while the group had %,d–%,d members: p50 %.2f ms, p99 %.2f ms (n=%d)",
                members - bucket,
                members,
                sl.p50,
                sl.p99,
                sl.n));
        phase.target(
                String.format(
                        Locale.ROOT,
                        "p99 late/early %.2f ≤ %.1f (%.2f ms into %,d members vs %.2f ms into 0–%,d)",
                        ratio,
                        GROUP_MAX_P99_RATIO,
                        sl.p99,
                        members,
                        se.p99,
                        bucket),
                ratio <= GROUP_MAX_P99_RATIO);
        summaryExtras.add(String.format(
                Locale.ROOT,
                "- groups: p99 adding into a 0–%,d-member group %.2f ms; into a %,d–%,d-member group %.2f ms; ratio %.2f (%d adds measured)",
                bucket,
                se.p99,
                members - bucket,
                members,
                sl.p99,
                ratio,
                added));
        finishCorrectness(phase);
        return phase;
    }

    String createGroup(Phase phase, String displayName) {
        String body = "{\"schemas\":[\"" + GROUP_SCHEMA + "\"],\"displayName\":" + Json.quote(displayName)
                + ",\"members\":[]}";
        String what = "POST /Groups " + displayName;
        try {
            Map<String, Object> m = expectJson(phase, -1, call("POST", "/Groups", body), what, 201);
            String id = string(m, "id", what);
            if (!displayName.equals(m.get("displayName"))) {
                throw new CheckFailed(what + " -> displayName came back as " + m.get("displayName"));
            }
            return id;
        } catch (CheckFailed e) {
            phase.fail(e.getMessage(), null);
            return null;
        }
    }

    void addMember(Phase ph, int i, String gid, int n) throws CheckFailed {
        String body = "{\"schemas\":[\"" + PATCH_SCHEMA
                + "\"],\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":" + Json.quote(ids[n])
                + ",\"display\":" + Json.quote(nameOf(n)) + "}]}]}";
        String what = "PATCH /Groups/" + gid + " add " + ids[n];
        Resp r = call("PATCH", "/Groups/" + gid, body);
        Map<String, Object> m = expectJson(ph, i, r, what, 200, 204);
        if (m != null) {
            String id = string(m, "id", what);
            if (!id.equals(gid)) {
                throw new CheckFailed(what + " -> answered for group " + id);
            }
        }
    }

    // ---- deactivate -----------------------------------------------------------------------------------
    Phase deactivate() {
        int count = Math.min(opt.deactivate, known.length);
        Phase phase = new Phase("deactivate", count);
        System.out.println();
        System.out.println("## deactivate: PATCH /Users/{id} {replace, value:{active:false}} x " + count + " ("
                + opt.clients + " clients)");
        if (count < opt.deactivate) {
            phase.notes.add("only " + known.length + " users available; deactivating " + count);
        }
        String body = "{\"schemas\":[\"" + PATCH_SCHEMA
                + "\"],\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}";
        AtomicInteger deactivated = new AtomicInteger(-1); // a user number whose deactivation succeeded
        runConcurrent(phase, opt.clients, (i, ph) -> {
            int n = known[i];
            String what = "PATCH /Users/" + ids[n] + " active false";
            Map<String, Object> m = expectJson(ph, i, call("PATCH", "/Users/" + ids[n], body), what, 200);
            if (!ids[n].equals(m.get("id"))) {
                throw new CheckFailed(what + " -> id " + m.get("id"));
            }
            if (!Boolean.FALSE.equals(m.get("active"))) {
                throw new CheckFailed(what + " -> active is " + m.get("active") + ", expected false");
            }
            if (!nameOf(n).equals(m.get("userName"))) {
                throw new CheckFailed(
                        what + " -> userName " + m.get("userName") + " (the path-less replace must not touch it)");
            }
            deactivated.compareAndSet(-1, n);
        });
        finish(phase);
        int ok = phase.ok.get();
        String what = "GET /Users?filter=active eq false&count=0";
        try {
            Map<String, Object> m = expectJson(
                    phase, -1, call("GET", "/Users?filter=" + enc("active eq false") + "&count=0", null), what, 200);
            long t = integer(m, "totalResults", what);
            phase.verify(String.format(Locale.ROOT, "%s -> totalResults %,d ≥ %,d deactivated", what, t, ok), t >= ok);
            List<Object> res = resources(m, false, what);
            if (!res.isEmpty()) {
                phase.verify(what + " returned " + res.size() + " Resources for count=0", false);
            }
        } catch (CheckFailed e) {
            phase.verify(e.getMessage(), false);
        }
        if (deactivated.get() >= 0) {
            // A deactivated user must still be readable (Okta never deletes).
            int n = deactivated.get();
            String w2 = "GET /Users/" + ids[n];
            try {
                Map<String, Object> m = expectJson(phase, -1, call("GET", "/Users/" + ids[n], null), w2, 200);
                phase.verify(w2 + " -> 200 with active " + m.get("active"), Boolean.FALSE.equals(m.get("active")));
            } catch (CheckFailed e) {
                phase.verify(e.getMessage(), false);
            }
        }
        finishCorrectness(phase);
        return phase;
    }

    // ------------------------------------------------------------------------------------------------
    // Reporting
    // ------------------------------------------------------------------------------------------------
    void finish(Phase phase) {
        finishStats(phase);
        finishCorrectness(phase);
    }

    void finishStats(Phase phase) {
        phase.stats = Stats.of(phase.latencyNanos);
    }

    void finishCorrectness(Phase phase) {
        if (phase.errors.get() > 0 || phase.stoppedEarly) {
            phase.correct = false;
        }
    }

    void report(Phase p) {
        Stats s = p.stats;
        double secs = p.wallNanos / 1e9;
        System.out.printf(
                Locale.ROOT,
                "requests %,d of %,d, errors %d, wall %.2f s, throughput %.0f req/s%n",
                p.done.get(),
                p.shownPlanned,
                p.errors.get(),
                secs,
                secs > 0 ? p.done.get() / secs : 0.0);
        System.out.printf(
                Locale.ROOT,
                "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  mean %.2f  (n=%d)%n",
                s.p50,
                s.p90,
                s.p99,
                s.max,
                s.mean,
                s.n);
        for (String n : p.notes) {
            System.out.println("  " + n);
        }
        System.out.printf(
                Locale.ROOT,
                "  load average at the end: %.2f%s%n",
                p.loadAfter,
                p.cpu == null ? "" : "; " + p.cpu.describe());
        if (p.cpu != null) {
            System.out.println("  " + p.cpu.perRequest(p.done.get()));
        }
        if (p.cpu != null && p.cpu.serverKnown && p.cpu.otherPct() > OTHER_CPU_WARN_PCT) {
            System.out.printf(
                    Locale.ROOT,
                    "  WARNING: other processes used %.0f%% of the machine's CPU during this phase;"
                            + " its figures are not comparable%n",
                    p.cpu.otherPct());
        }
        if (p.stoppedEarly) {
            System.out.println("  STOPPED EARLY: " + p.stopReason);
        }
        for (String e : p.samples) {
            System.out.println("  error: " + e);
        }
        if (p.errors.get() > p.samples.size()) {
            System.out.println("  … " + (p.errors.get() - p.samples.size()) + " more errors");
        }
        for (String t : p.targetLines) {
            System.out.println("  " + t);
        }
        System.out.println(verdict(p) + " " + p.name
                + (p.correct
                        ? ""
                        : " (correctness: " + p.errors.get() + " errors" + (p.stoppedEarly ? ", stopped early" : "")
                                + ")"));
    }

    static String verdict(Phase p) {
        return p.correct && p.onTarget ? "PASS" : "FAIL";
    }

    int summary(String[] args) {
        StringBuilder md = new StringBuilder();
        md.append(
                "| Phase | Requests | Errors | Wall s | req/s | p50 ms | p90 ms | p99 ms | max ms | server CPU ms/req | Target | Result |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        int exit = 0;
        for (Phase p : results) {
            Stats s = p.stats;
            double secs = p.wallNanos / 1e9;
            String cpuMs = p.cpu != null && p.cpu.serverKnown && p.done.get() > 0
                    ? String.format(Locale.ROOT, "%.2f", 1000 * p.cpu.serverSeconds / p.done.get())
                    : "–";
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %d | %.2f | %.0f | %.2f | %.2f | %.2f | %.2f | %s | %s | %s |%n",
                    p.name,
                    p.done.get(),
                    p.errors.get(),
                    secs,
                    secs > 0 ? p.done.get() / secs : 0.0,
                    s.p50,
                    s.p90,
                    s.p99,
                    s.max,
                    cpuMs,
                    p.targetText,
                    verdict(p)));
            if (!p.correct) {
                exit = 2;
            } else if (!p.onTarget && exit == 0) {
                exit = 1;
            }
        }
        md.append('\n');
        for (String e : summaryExtras) {
            md.append(e).append('\n');
        }
        md.append('\n').append(machine());
        int cpus = Runtime.getRuntime().availableProcessors();
        md.append(String.format(
                Locale.ROOT,
                "- load average (1 min) before the run: %.2f%s%n",
                loadBefore,
                loadBefore > 0.5 * cpus ? " — the machine was already busy" : ""));
        md.append(cpuSummary());
        md.append("- driver: `java bench/ScimLoadDriver.java ")
                .append(redactedArgs(args))
                .append("`\n");
        if (opt.note != null && !opt.note.isBlank()) {
            md.append("- ").append(opt.note).append('\n');
        }
        System.out.println();
        System.out.println("## Summary (markdown for BENCHMARKS.md)");
        System.out.println();
        System.out.print(md);
        System.out.println();
        System.out.println(
                exit == 0
                        ? "RESULT: PASS (all responses correct, all targets met)"
                        : exit == 1
                                ? "RESULT: FAIL (all responses correct; a target was missed)"
                                : "RESULT: FAIL (correctness errors; see above)");
        if (opt.summaryFile != null) {
            try {
                Files.writeString(Path.of(opt.summaryFile), md.toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("could not write " + opt.summaryFile + ": " + e);
            }
        }
        return exit;
    }

    static String redactedArgs(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--token") && i + 1 < args.length) {
                out.add("--token");
                out.add("…");
                i++;
            } else if (a.startsWith("--token=")) {
                out.add("--token=…");
            } else if ((a.equals("--note") || a.equals("--summary-file")) && i + 1 < args.length) {
                i++;
            } else if (a.startsWith("--note=") || a.startsWith("--summary-file=")) {
                continue;
            } else {
                out.add(a.contains(" ") ? "'" + a + "'" : a);
            }
        }
        return String.join(" ", out);
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        String mem = "";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    mem = String.format(Locale.ROOT, ", %.1f GiB RAM", kb / 1024.0 / 1024.0);
                    break;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return String.format(
                Locale.ROOT,
                "- machine: %d CPUs (nproc), %s%s; %s %s %s%n- java: %s %s (%s)%n- date: %s%n",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                mem,
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("os.arch"),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                System.getProperty("java.vendor"),
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    /** Cumulative CPU ticks: the whole machine (busy and total), this driver process, the server process. */
    record CpuSample(long busy, long total, long driver, long server) {
        static CpuSample take(long[] serverPids) {
            try {
                String[] f =
                        Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                long idle = 0;
                // cpu user nice system idle iowait irq softirq steal [guest guest_nice: already in user/nice]
                for (int k = 1; k < Math.min(f.length, 9); k++) {
                    long v = Long.parseLong(f[k]);
                    total += v;
                    if (k == 4 || k == 5) {
                        idle += v;
                    }
                }
                return new CpuSample(
                        total - idle,
                        total,
                        processTicks(ProcessHandle.current().pid()),
                        serverPids.length > 0 ? serverTicks(serverPids) : -1);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** The server processes with their children (a database's backends), summed. */
        static long serverTicks(long[] pids) throws IOException {
            long sum = 0;
            for (long pid : pids) {
                sum += processTicks(pid);
                for (ProcessHandle child :
                        ProcessHandle.of(pid).map(h -> h.descendants().toList()).orElse(List.of())) {
                    try {
                        sum += processTicks(child.pid());
                    } catch (IOException | RuntimeException e) {
                        // ended meanwhile
                    }
                }
            }
            return sum;
        }

        static long processTicks(long pid) throws IOException {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime (fields 14, 15)
        }
    }

    /** Shares of the machine's CPU capacity during a phase, in percent of all CPUs. */
    record CpuSplit(
            double busyPct,
            double driverPct,
            double serverPct,
            boolean serverKnown,
            double driverSeconds,
            double serverSeconds) {
        /** {@code wallSeconds} calibrates ticks to seconds: all CPUs together tick cpus × USER_HZ a second. */
        static CpuSplit between(CpuSample a, CpuSample b, double wallSeconds) {
            if (a == null || b == null || b.total <= a.total || wallSeconds <= 0) {
                return null;
            }
            double t = b.total - a.total;
            double ticksPerCpuSecond = t / (wallSeconds * Runtime.getRuntime().availableProcessors());
            boolean known = a.server >= 0 && b.server >= 0;
            return new CpuSplit(
                    100 * (b.busy - a.busy) / t,
                    100 * (b.driver - a.driver) / t,
                    known ? 100 * (b.server - a.server) / t : 0,
                    known,
                    (b.driver - a.driver) / ticksPerCpuSecond,
                    known ? (b.server - a.server) / ticksPerCpuSecond : Double.NaN);
        }

        /** CPU milliseconds per request: server, driver. */
        String perRequest(int requests) {
            if (requests <= 0) {
                return "";
            }
            return serverKnown
                    ? String.format(
                            Locale.ROOT,
                            "CPU per request: server %.2f ms, driver %.2f ms",
                            1000 * serverSeconds / requests,
                            1000 * driverSeconds / requests)
                    : String.format(Locale.ROOT, "CPU per request: driver %.2f ms", 1000 * driverSeconds / requests);
        }

        double otherPct() {
            return Math.max(0, busyPct - driverPct - serverPct);
        }

        String describe() {
            return serverKnown
                    ? String.format(
                            Locale.ROOT,
                            "CPU (of all CPUs): busy %.0f%%, driver %.0f%%, server %.0f%%, other processes %.0f%%",
                            busyPct,
                            driverPct,
                            serverPct,
                            otherPct())
                    : String.format(
                            Locale.ROOT,
                            "CPU (of all CPUs): busy %.0f%%, driver %.0f%% (pass --server-pid for the server's share)",
                            busyPct,
                            driverPct);
        }
    }

    /** The CPU split covers the measured requests only (not warm-ups or the checks after a phase). */
    String cpuSummary() {
        StringBuilder b = new StringBuilder();
        boolean any = false;
        for (Phase p : results) {
            if (p.cpu != null) {
                any = true;
                b.append(
                        p.cpu.serverKnown
                                ? String.format(
                                        Locale.ROOT,
                                        " %s %.0f/%.0f/%.0f/%.0f;",
                                        p.name,
                                        p.cpu.busyPct,
                                        p.cpu.driverPct,
                                        p.cpu.serverPct,
                                        p.cpu.otherPct())
                                : String.format(
                                        Locale.ROOT, " %s %.0f/%.0f/–/–;", p.name, p.cpu.busyPct, p.cpu.driverPct));
            }
        }
        if (!any) {
            return "";
        }
        boolean noisy = results.stream()
                .anyMatch(p -> p.cpu != null && p.cpu.serverKnown && p.cpu.otherPct() > OTHER_CPU_WARN_PCT);
        return "- CPU % of the machine per phase (busy/driver/server/other):" + b.substring(0, b.length() - 1)
                + (noisy ? " — other processes were busy; these figures are not comparable" : "") + "\n";
    }

    /** The 1-minute load average, or NaN where /proc/loadavg does not exist. */
    static double loadAverage() {
        try {
            return Double.parseDouble(
                    Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static String fmt0(double d) {
        return String.format(Locale.ROOT, "%,.0f", d);
    }

    static String fmt2(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    // ------------------------------------------------------------------------------------------------
    // A small strict JSON reader (RFC 8259): objects become LinkedHashMap, arrays ArrayList, integers Long
    // (BigInteger beyond long), other numbers Double, plus String, Boolean and null. And a string quoter.
    // ------------------------------------------------------------------------------------------------
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            if (text == null) {
                throw new IllegalArgumentException("no body");
            }
            Json j = new Json(text);
            j.ws();
            Object v = j.value(0);
            j.ws();
            if (j.i != text.length()) {
                throw j.error("trailing characters");
            }
            return v;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at offset " + i);
        }

        private void ws() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    i++;
                } else {
                    break;
                }
            }
        }

        private Object value(int depth) {
            if (depth > 200) {
                throw error("nesting too deep");
            }
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object(depth);
                case '[':
                    return array(depth);
                case '"':
                    return string();
                case 't':
                    literal("true");
                    return Boolean.TRUE;
                case 'f':
                    literal("false");
                    return Boolean.FALSE;
                case 'n':
                    literal("null");
                    return null;
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw error("unexpected '" + c + "'");
            }
        }

        private void literal(String word) {
            if (!s.startsWith(word, i)) {
                throw error("expected " + word);
            }
            i += word.length();
        }

        private Map<String, Object> object(int depth) {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            ws();
            if (i < s.length() && s.charAt(i) == '}') {
                i++;
                return m;
            }
            while (true) {
                ws();
                if (i >= s.length() || s.charAt(i) != '"') {
                    throw error("expected a member name");
                }
                String k = string();
                ws();
                if (i >= s.length() || s.charAt(i) != ':') {
                    throw error("expected ':'");
                }
                i++;
                ws();
                Object v = value(depth + 1);
                if (m.containsKey(k)) {
                    throw error("duplicate member '" + k + "'");
                }
                m.put(k, v);
                ws();
                if (i >= s.length()) {
                    throw error("unterminated object");
                }
                char c = s.charAt(i++);
                if (c == '}') {
                    return m;
                }
                if (c != ',') {
                    throw error("expected ',' or '}'");
                }
            }
        }

        private List<Object> array(int depth) {
            List<Object> l = new ArrayList<>();
            i++;
            ws();
            if (i < s.length() && s.charAt(i) == ']') {
                i++;
                return l;
            }
            while (true) {
                ws();
                l.add(value(depth + 1));
                ws();
                if (i >= s.length()) {
                    throw error("unterminated array");
                }
                char c = s.charAt(i++);
                if (c == ']') {
                    return l;
                }
                if (c != ',') {
                    throw error("expected ',' or ']'");
                }
            }
        }

        private String string() {
            i++; // opening quote
            StringBuilder b = null;
            int start = i;
            while (true) {
                if (i >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(i);
                if (c == '"') {
                    String out = b == null
                            ? s.substring(start, i)
                            : b.append(s, start, i).toString();
                    i++;
                    return out;
                }
                if (c < 0x20) {
                    throw error("control character in string");
                }
                if (c == '\\') {
                    if (b == null) {
                        b = new StringBuilder();
                    }
                    b.append(s, start, i);
                    i++;
                    if (i >= s.length()) {
                        throw error("unterminated escape");
                    }
                    char e = s.charAt(i++);
                    switch (e) {
                        case '"' -> b.append('"');
                        case '\\' -> b.append('\\');
                        case '/' -> b.append('/');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'n' -> b.append('\n');
                        case 'r' -> b.append('\r');
                        case 't' -> b.append('\t');
                        case 'u' -> {
                            if (i + 4 > s.length()) {
                                throw error("short \\u escape");
                            }
                            try {
                                b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            } catch (NumberFormatException ex) {
                                throw error("bad \\u escape");
                            }
                            i += 4;
                        }
                        default -> throw error("bad escape \\" + e);
                    }
                    start = i;
                } else {
                    i++;
                }
            }
        }

        private Object number() {
            int start = i;
            if (s.charAt(i) == '-') {
                i++;
            }
            if (i >= s.length()) {
                throw error("bad number");
            }
            if (s.charAt(i) == '0') {
                i++;
            } else if (s.charAt(i) >= '1' && s.charAt(i) <= '9') {
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
            } else {
                throw error("bad number");
            }
            boolean integral = true;
            if (i < s.length() && s.charAt(i) == '.') {
                integral = false;
                i++;
                int d = i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                if (d == i) {
                    throw error("bad fraction");
                }
            }
            if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                integral = false;
                i++;
                if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    i++;
                }
                int d = i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                if (d == i) {
                    throw error("bad exponent");
                }
            }
            String t = s.substring(start, i);
            if (integral) {
                try {
                    return Long.parseLong(t);
                } catch (NumberFormatException e) {
                    return new java.math.BigInteger(t);
                }
            }
            return Double.parseDouble(t);
        }

        /** A JSON string literal for {@code v}, escaping quotes, backslashes and control characters. */
        static String quote(String v) {
            StringBuilder b = new StringBuilder(v.length() + 2).append('"');
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    case '\b' -> b.append("\\b");
                    case '\f' -> b.append("\\f");
                    default -> {
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }
    }
}
