import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for Roster's push events (issue 14): how long a deactivation takes from the SCIM PATCH's response to
 * the receiver, while the server takes other SCIM writes; and whether every receiver of a fan-out gets every event,
 * in order, and how long after the last write it has caught up.
 *
 * <p>One Java 17 source file that needs only the JDK: {@code java bench/EventsLoadDriver.java --help}. The receivers
 * run in this process ({@code com.sun.net.httpserver} on 127.0.0.1, answering 202 to every SET and recording when
 * each arrived), so the PATCH's response and the SET's arrival are read from one clock. It is a program that prints
 * figures, not a test. It only talks to a literal loopback address.
 *
 * <p>Exit status: 0 correct and on target; 1 correct but the latency target missed (or not caught up in time);
 * 2 a wrong answer or a missing, duplicated-only-in-part or out-of-order event; 64 bad arguments.
 */
public final class EventsLoadDriver {

    static final String PROV = "urn:ietf:params:scim:event:prov:";
    static final String DEACTIVATE = PROV + "deactivate";
    static final String CREATE_FULL = PROV + "create:full";
    static final String SESSION_REVOKED = "https://schemas.openid.net/secevent/caep/event-type/session-revoked";
    static final String ACCOUNT_DISABLED = "https://schemas.openid.net/secevent/risc/event-type/account-disabled";
    static final List<String> ALL_EVENTS = List.of(
            CREATE_FULL,
            PROV + "create:notice",
            PROV + "put:full",
            PROV + "patch:full",
            PROV + "patch:notice",
            PROV + "delete",
            PROV + "activate",
            DEACTIVATE,
            SESSION_REVOKED,
            ACCOUNT_DISABLED);
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String DEACTIVATION = "{\"schemas\":[\"" + PATCH_OP
            + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}";

    static final String USAGE = """
            Usage: java bench/EventsLoadDriver.java --base http://127.0.0.1:PORT [options]

            Modes (--mode):
              latency   (default) N receivers and N push streams; creates --users users; then --warmup s and
                        --seconds s of background SCIM writes at --rate writes/s (creates and PATCHes of other
                        users) while it deactivates sampled users at --deactivations per second. Per deactivation
                        and receiver: the time from the PATCH's response to the arrival of its deactivate SET.
                        Prints p50/p95/p99/max, the achieved write rate and PASS/FAIL against --target-ms.
              fanout    N receivers and N push streams first; then the same writes (without the warm-up), and
                        afterwards checks that every receiver got every event (count by jti) in order, and how
                        long after the last write the receivers caught up.
              receive   only the receivers and their streams, for another program's load (run-events-benchmark.sh
                        --streams N beside the SCIM benchmark): writes --ready-file when the streams exist, waits for
                        --stop-file (its content: the epoch millis of the last write), then waits for the receivers
                        to catch up, checks what they got and prints their counts.

            Options:
              --base URL             Roster's root, e.g. http://127.0.0.1:8080; a literal loopback address only
              --token T              SCIM bearer token (default: environment variable ROSTER_SCIM_TOKEN)
              --admin-password P     admin password for the stream API (default: ROSTER_ADMIN_PASSWORD)
              --admin-user U         admin user name (default admin)
              --streams N            receivers and push streams (default 1 for latency, 3 otherwise)
              --events LIST          comma-separated event URIs each stream requests (default: all ten of
                                     issue 14's list: prov create/put/patch full+notice, delete, activate,
                                     deactivate, CAEP session-revoked, RISC account-disabled); a short name
                                     like deactivate stands for urn:ietf:params:scim:event:prov:deactivate
              --users N              users created before the streams exist (latency: their events are not
                                     pushed) to PATCH in the background (default 2000)
              --rate R               background SCIM writes per second (default 1000; 0 = as fast as the
                                     threads go)
              --creates PCT          share of the background writes that create a user (default 50; the rest
                                     PATCH an existing user's title)
              --threads N            threads sending the background writes (default 16)
              --deactivations R      deactivations per second, measured (default 10)
              --warmup S             seconds of the same load before measuring, latency mode (default 30)
              --seconds S            measured seconds (default 60)
              --target-ms MS         p99 target, deactivation PATCH response to SET arrival (default 1000)
              --catch-up-timeout S   how long to wait for the receivers after the last write (default 600)
              --quiet S              without the admin stream list (lag), caught up means no SET for S
                                     seconds (default 5)
              --receiver-port P      receivers listen on P, P+1, … (default 0: any free port)
              --stream-ids A,B,…     use these existing streams instead of creating them (their endpoints must
                                     be this driver's receivers: use --receiver-port)
              --keep-streams         do not delete the streams at the end
              --ready-file F, --stop-file F   receive mode (see above)
              --prefix P             run-scoped userName prefix (default ev<epoch s>)
              --note TEXT            printed with the summary
              --summary-file F       also write the markdown summary to F
              --server-pid PID       the server's process (Linux): its CPU ms per write in the measured window
              --help                 this text

            Exit status: 0 correct and on target; 1 correct but a target missed; 2 a wrong answer or a missing
            or misordered event; 64 bad arguments.
            """;

    // ---- options -------------------------------------------------------------------------------------
    String base;
    String token = System.getenv("ROSTER_SCIM_TOKEN");
    String adminUser = "admin";
    String adminPassword = System.getenv("ROSTER_ADMIN_PASSWORD");
    String mode = "latency";
    /** Receivers, each with its stream (-1: 1 for latency, 3 otherwise), and users created before the load. */
    int streams = -1, users = 2000;

    List<String> events = ALL_EVENTS;
    /** Background writes per second (0: unpaced) and deactivations per second. */
    double rate = 1000, deactivationRate = 10;
    /** The share of background writes that are creates (%), and the threads that send them. */
    int createPct = 50, threads = 16;
    /** Seconds: warm-up, measured, waiting for the receivers, quiet time that means caught up without the lag. */
    int warmupSeconds = 30, seconds = 60, catchUpTimeout = 600, quietSeconds = 5;

    long targetMs = 1000;
    /** Receivers listen on this port and the next ones; 0: any free port. */
    int receiverPort = 0;

    List<String> streamIds;
    boolean keepStreams;
    Path readyFile;
    Path stopFile;
    String prefix = "ev" + System.currentTimeMillis() / 1000;
    String note;
    Path summaryFile;
    long serverPid = -1;

    public static void main(String[] args) throws Exception {
        EventsLoadDriver d = new EventsLoadDriver();
        d.parse(args);
        System.exit(d.run());
    }

    void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                System.out.print(USAGE);
                System.exit(0);
            }
            if (a.equals("--keep-streams")) {
                keepStreams = true;
                continue;
            }
            if (i + 1 >= args.length) {
                usage("missing value for " + a);
            }
            String v = args[++i];
            try {
                switch (a) {
                    case "--base" -> base = v.replaceAll("/+$", "").replaceAll("/scim/v2$", "");
                    case "--server-pid" -> serverPid = Long.parseLong(v.split(",")[0]);
                    case "--token" -> token = v;
                    case "--admin-password" -> adminPassword = v;
                    case "--admin-user" -> adminUser = v;
                    case "--mode" -> mode = v;
                    case "--streams" -> streams = Integer.parseInt(v);
                    case "--events" ->
                        events = Arrays.stream(v.split(","))
                                .map(String::strip)
                                .map(e -> e.contains(":")
                                                && !e.startsWith("create:")
                                                && !e.startsWith("patch:")
                                                && !e.startsWith("put:")
                                        ? e
                                        : PROV + e)
                                .toList();
                    case "--users" -> users = Integer.parseInt(v);
                    case "--rate" -> rate = Double.parseDouble(v);
                    case "--creates" -> createPct = Integer.parseInt(v);
                    case "--threads" -> threads = Integer.parseInt(v);
                    case "--deactivations" -> deactivationRate = Double.parseDouble(v);
                    case "--warmup" -> warmupSeconds = Integer.parseInt(v);
                    case "--seconds" -> seconds = Integer.parseInt(v);
                    case "--target-ms" -> targetMs = Long.parseLong(v);
                    case "--catch-up-timeout" -> catchUpTimeout = Integer.parseInt(v);
                    case "--quiet" -> quietSeconds = Integer.parseInt(v);
                    case "--receiver-port" -> receiverPort = Integer.parseInt(v);
                    case "--stream-ids" -> streamIds = List.of(v.split(","));
                    case "--ready-file" -> readyFile = Path.of(v);
                    case "--stop-file" -> stopFile = Path.of(v);
                    case "--prefix" -> prefix = v;
                    case "--note" -> note = v;
                    case "--summary-file" -> summaryFile = Path.of(v);
                    default -> usage("unknown option " + a);
                }
            } catch (NumberFormatException e) {
                usage("not a number for " + a + ": " + v);
            }
        }
        if (!List.of("latency", "fanout", "receive").contains(mode)) {
            usage("--mode is latency, fanout or receive");
        }
        if (streams < 0) {
            streams = streamIds != null ? streamIds.size() : mode.equals("latency") ? 1 : 3;
        }
        if (base == null) {
            usage("--base is required");
        }
        String host = URI.create(base).getHost();
        if (host == null || !host.matches("127(\\.\\d{1,3}){3}|\\[::1\\]")) {
            usage("refusing " + base + ": only a literal loopback address (127.0.0.0/8 or [::1])");
        }
        if (!mode.equals("receive") && token == null) {
            usage("no SCIM token: --token or ROSTER_SCIM_TOKEN");
        }
        if (streamIds == null && adminPassword == null) {
            usage("no admin password: --admin-password or ROSTER_ADMIN_PASSWORD");
        }
        if (mode.equals("receive") && (readyFile == null || stopFile == null)) {
            usage("receive mode needs --ready-file and --stop-file");
        }
    }

    static void usage(String problem) {
        System.err.println("EventsLoadDriver: " + problem + " (see --help)");
        System.exit(64);
    }

    // ---- the run -------------------------------------------------------------------------------------
    final List<Receiver> receivers = new ArrayList<>();
    final List<String> summary = new ArrayList<>();
    /** User ids the driver created while the streams existed: each must reach every receiver as create:full. */
    final Set<String> createdWhileStreaming = ConcurrentHashMap.newKeySet();
    /** user id → nanoTime of the deactivation PATCH's response, for the measured deactivations. */
    final Map<String, Long> deactivatedAt = new ConcurrentHashMap<>();

    final Map<String, Long> deactivationWarmup = new ConcurrentHashMap<>();
    final AtomicLong writes = new AtomicLong();
    final AtomicLong writeErrors = new AtomicLong();
    final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    volatile boolean streaming;
    /** Numbers the background writes across warm-up and measurement (new userNames, PATCH values). */
    final AtomicInteger sequence = new AtomicInteger();

    String cpuLine;
    String drainLine;

    int run() throws Exception {
        double load = loadAverage();
        System.out.printf(
                Locale.ROOT,
                "# Roster events load driver: mode %s, %d stream(s), base %s, load average %.2f on %d CPUs%n",
                mode,
                streams,
                base,
                load,
                Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < streams; i++) {
            receivers.add(new Receiver(i, receiverPort == 0 ? 0 : receiverPort + i));
        }
        List<String> ids = new ArrayList<>();
        try {
            if (mode.equals("receive")) {
                ids.addAll(openStreams());
                return receive();
            }
            List<String> pool = createUsers(users, "pool");
            if (pool == null) {
                return 2;
            }
            ids.addAll(openStreams());
            return mode.equals("latency") ? latency(pool) : fanout(pool);
        } finally {
            if (streamIds == null && !keepStreams) {
                for (String id : ids) {
                    admin("DELETE", "/api/v1/ssf/streams?stream_id=" + id, null);
                }
            }
            receivers.forEach(Receiver::close);
        }
    }

    /** Creates the streams (or takes the given ones), each pointing at its receiver. */
    List<String> openStreams() throws IOException {
        if (streamIds != null) {
            System.out.println("streams given: " + streamIds);
            for (int i = 0; i < receivers.size() && i < streamIds.size(); i++) {
                receivers.get(i).streamId = streamIds.get(i);
            }
            streaming = true;
            return streamIds;
        }
        List<String> ids = new ArrayList<>();
        StringBuilder requested = new StringBuilder();
        for (String e : events) {
            requested
                    .append(requested.isEmpty() ? "" : ",")
                    .append('"')
                    .append(e)
                    .append('"');
        }
        for (Receiver r : receivers) {
            String body = "{\"delivery\":{\"method\":\"urn:ietf:rfc:8935\",\"endpoint_url\":\"" + r.url()
                    + "\"},\"events_requested\":[" + requested + "],\"description\":\"events bench " + prefix
                    + " #" + r.index + "\"}";
            Reply reply = admin("POST", "/api/v1/ssf/streams", body);
            String id = reply.status == 201 ? field(reply.body, "stream_id") : null;
            if (id == null) {
                throw new IOException("creating a stream: HTTP " + reply.status + " " + reply.body);
            }
            ids.add(id);
            r.streamId = id;
        }
        System.out.println("streams created: " + ids + " → "
                + receivers.stream().map(Receiver::url).toList());
        streaming = true;
        return ids;
    }

    // ---- latency ---------------------------------------------------------------------------------------
    int latency(List<String> pool) throws Exception {
        int needed = (int) Math.ceil(deactivationRate * (warmupSeconds + seconds)) + 10;
        if (pool.size() < needed + 100) {
            System.out.println("FAILED: --users must be at least " + (needed + 100) + " for " + deactivationRate
                    + " deactivations/s over " + (warmupSeconds + seconds) + " s");
            return 64;
        }
        List<String> victims = pool.subList(0, needed);
        List<String> patched = pool.subList(needed, pool.size());
        AtomicInteger nextVictim = new AtomicInteger();
        if (warmupSeconds > 0) {
            System.out.println("warm-up: " + warmupSeconds + " s of the load, not measured");
            load(patched, victims, nextVictim, warmupSeconds, deactivationWarmup);
        }
        long before = writes.get();
        System.out.println("measuring: " + seconds + " s");
        long[] cpuBefore = {
            cpuMillis(serverPid), cpuMillis(ProcessHandle.current().pid())
        };
        double achieved = load(patched, victims, nextVictim, seconds, deactivatedAt);
        long endNanos = System.nanoTime();
        reportCpu(cpuBefore, writes.get() - before);
        System.out.printf(
                Locale.ROOT,
                "writes: %,d in %d s = %.0f/s (target %s), errors %d%n",
                writes.get() - before,
                seconds,
                achieved,
                rate > 0 ? String.format(Locale.ROOT, "%.0f/s", rate) : "unpaced",
                writeErrors.get());
        boolean arrived = awaitCatchUp(endNanos);
        long[] latencies = deactivationLatencies(deactivatedAt);
        Stats s = new Stats(latencies);
        boolean met = arrived && latencies.length > 0 && s.p(99) < targetMs;
        int correctness = checkDeliveries(endNanos);
        System.out.printf(
                Locale.ROOT,
                "deactivation PATCH response → deactivate SET at the receiver (%d deactivations × %d receivers):"
                        + " p50 %d ms, p95 %d ms, p99 %d ms, max %d ms, mean %.1f ms%n",
                deactivatedAt.size(),
                receivers.size(),
                s.p(50),
                s.p(95),
                s.p(99),
                s.max(),
                s.mean());
        String verdict = (met ? "PASS" : "FAIL") + " p99 " + s.p(99) + " ms < " + targetMs + " ms";
        System.out.println(verdict + (arrived ? "" : " (not every deactivation arrived)"));
        summary.add("| Deactivation → receiver, " + receivers.size() + " stream(s), events: " + eventsLabel()
                + " | " + String.format(Locale.ROOT, "%.0f", achieved) + " writes/s (target "
                + (rate > 0 ? String.format(Locale.ROOT, "%.0f", rate) : "unpaced") + ") | " + latencies.length
                + " | " + s.p(50) + " | " + s.p(95) + " | " + s.p(99) + " | " + s.max() + " | p99 < " + targetMs
                + " ms | " + (met ? "PASS" : "FAIL") + " |");
        return printSummary(correctness != 0 ? correctness : met ? 0 : 1);
    }

    /** Per measured deactivation and receiver: arrival minus response, in ms (0 when the SET came first). */
    long[] deactivationLatencies(Map<String, Long> patched) {
        List<Long> all = new ArrayList<>();
        int early = 0;
        for (Map.Entry<String, Long> d : patched.entrySet()) {
            for (Receiver r : receivers) {
                Long arrival = r.deactivations.get(d.getKey());
                if (arrival != null) {
                    long ms = TimeUnit.NANOSECONDS.toMillis(arrival - d.getValue());
                    early += ms < 0 ? 1 : 0;
                    all.add(Math.max(0, ms));
                }
            }
        }
        if (early > 0) {
            System.out.println(early + " deactivate SET(s) arrived before the driver had read the PATCH's response"
                    + " (counted as 0 ms)");
        }
        return all.stream().mapToLong(Long::longValue).toArray();
    }

    // ---- fan-out -----------------------------------------------------------------------------------------
    int fanout(List<String> pool) throws Exception {
        int needed = (int) Math.ceil(deactivationRate * seconds) + 10;
        List<String> victims = pool.subList(0, Math.min(needed, pool.size() / 2));
        List<String> patched = pool.subList(victims.size(), pool.size());
        long start = System.nanoTime();
        double achieved = load(patched, victims, new AtomicInteger(), seconds, deactivatedAt);
        long endNanos = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "writes: %,d in %.1f s = %.0f/s, errors %d%n",
                writes.get(),
                (endNanos - start) / 1e9,
                achieved,
                writeErrors.get());
        return finish(endNanos, String.format(Locale.ROOT, "%.0f writes/s", achieved));
    }

    // ---- receive -----------------------------------------------------------------------------------------
    int receive() throws Exception {
        Files.writeString(
                readyFile,
                String.join(",", receivers.stream().map(r -> r.streamId).toList()) + "\n");
        System.out.println("receiving; stop with: date +%s%3N > " + stopFile);
        while (!Files.exists(stopFile)) {
            Thread.sleep(100);
        }
        Thread.sleep(50);
        String content = Files.readString(stopFile).strip();
        long endNanos = System.nanoTime();
        if (content.matches("\\d{13}")) {
            // The last write ended at that wall-clock time: move it onto this process's nanoTime clock.
            endNanos -= TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis() - Long.parseLong(content));
        }
        return finish(endNanos, "the other program's writes");
    }

    /** Waits for the receivers to catch up, checks what they got and prints the summary. */
    int finish(long endNanos, String load) throws Exception {
        boolean caughtUp = awaitCatchUp(endNanos);
        int correctness = checkDeliveries(endNanos);
        long total = receivers.stream().mapToLong(r -> r.jtis.size()).sum();
        long after = catchUpMillis(endNanos);
        summary.add("| Fan-out to " + receivers.size() + " stream(s), events: " + eventsLabel() + " | " + load + " | "
                + total + " SETs | " + (caughtUp ? after + " ms" : "not within " + catchUpTimeout + " s") + " | "
                + (correctness == 0 ? "complete, in order" : "INCOMPLETE or out of order") + " |");
        return printSummary(correctness != 0 ? correctness : caughtUp ? 0 : 1);
    }

    // ---- load --------------------------------------------------------------------------------------------
    /**
     * Background writes at {@code rate} spread over the threads (each request due at its slot; a thread that
     * falls behind sends at once, so the achieved rate shows it), and deactivations at their own rate from their
     * own threads. Returns the background writes per second achieved.
     */
    double load(List<String> patched, List<String> victims, AtomicInteger nextVictim, int secs, Map<String, Long> into)
            throws InterruptedException {
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(secs);
        AtomicLong done = new AtomicLong();
        long writeInterval = rate > 0 ? (long) (1e9 * threads / rate) : 0;
        List<Thread> all = paced("write", threads, writeInterval, start, end, c -> {
            int n = sequence.getAndIncrement();
            if (n % 100 < createPct) {
                createOne(c, "w" + n);
            } else {
                patchOne(c, patched.get(Math.floorMod(n * 7919, patched.size())), n);
            }
            done.incrementAndGet();
            return true;
        });
        int deactivators = 4;
        if (deactivationRate > 0) {
            long interval = (long) (1e9 * deactivators / deactivationRate);
            all.addAll(paced("deactivate", deactivators, interval, start, end, c -> {
                int v = nextVictim.getAndIncrement();
                if (v >= victims.size()) {
                    return false;
                }
                deactivateOne(c, victims.get(v), into);
                return true;
            }));
        }
        for (Thread t : all) {
            t.join();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    interface Step {
        /** One request on the thread's client; false to stop. */
        boolean run(Client c);
    }

    /**
     * {@code count} threads that each run a step every {@code interval} ns (staggered) until {@code end}: a step is
     * due at its slot, and a thread that fell behind runs the next one at once, so what it achieved shows it.
     */
    List<Thread> paced(String name, int count, long interval, long start, long end, Step step) {
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            long first = start + interval * t / count;
            all.add(started(name + "-" + t, () -> {
                Client c = new Client();
                for (long due = first; System.nanoTime() < end; due += interval) {
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        sleepNanos(wait);
                    }
                    if (System.nanoTime() >= end || !step.run(c)) {
                        break;
                    }
                }
                c.close();
            }));
        }
        return all;
    }

    static Thread started(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<String> createUsers(int count, String tag) throws InterruptedException {
        System.out.println("creating " + count + " users (" + tag + ")");
        long start = System.nanoTime();
        String[] ids = new String[count];
        AtomicInteger next = new AtomicInteger();
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, 8); t++) {
            all.add(started("create", () -> {
                Client c = new Client();
                for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                    ids[n] = createOne(c, tag + n);
                }
                c.close();
            }));
        }
        for (Thread t : all) {
            t.join();
        }
        List<String> created = Arrays.stream(ids).filter(id -> id != null).toList();
        System.out.printf(
                Locale.ROOT, "created %d users in %.1f s%n", created.size(), (System.nanoTime() - start) / 1e9);
        if (created.size() < count) {
            System.out.println("FAILED: " + (count - created.size()) + " creates failed; first: " + errorSamples);
            return null;
        }
        return created;
    }

    String createOne(Client c, String tag) {
        String userName = prefix + "-" + tag + "@example.com";
        String body = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + userName
                + "\",\"name\":{\"givenName\":\"Ev\",\"familyName\":\"" + tag + "\"},\"emails\":[{\"primary\":true,"
                + "\"value\":\"" + userName + "\",\"type\":\"work\"}],\"displayName\":\"Ev " + tag
                + "\",\"active\":true}";
        Reply r = c.send("POST", "/scim/v2/Users", body, "Bearer " + token);
        String id = r.status == 201 ? field(r.body, "id") : null;
        if (id == null) {
            failed("POST /Users " + userName, r);
            return null;
        }
        writes.incrementAndGet();
        if (streaming) {
            createdWhileStreaming.add(id);
        }
        return id;
    }

    void patchOne(Client c, String id, int n) {
        String body = "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"title\","
                + "\"value\":\"title " + n + "\"}]}";
        Reply r = c.send("PATCH", "/scim/v2/Users/" + id, body, "Bearer " + token);
        if (r.status != 200 && r.status != 204) {
            failed("PATCH /Users/" + id, r);
            return;
        }
        writes.incrementAndGet();
    }

    void deactivateOne(Client c, String id, Map<String, Long> into) {
        Reply r = c.send("PATCH", "/scim/v2/Users/" + id, DEACTIVATION, "Bearer " + token);
        long at = System.nanoTime();
        if (r.status != 200 || !r.body.replace(" ", "").contains("\"active\":false")) {
            failed("deactivation PATCH /Users/" + id, r);
            return;
        }
        into.put(id, at);
        writes.incrementAndGet();
    }

    void failed(String what, Reply r) {
        writeErrors.incrementAndGet();
        if (errorSamples.size() < 5) {
            errorSamples.add(what + " → " + r.status + " " + abbreviate(r.body));
        }
    }

    // ---- catching up and checking ----------------------------------------------------------------------
    /**
     * After the last write: waits until every stream's lag (from the admin stream list) is 0 and every expected
     * SET has arrived, or, without the list, until no SET came for --quiet seconds. True when that happened before
     * --catch-up-timeout.
     */
    boolean awaitCatchUp(long endNanos) throws Exception {
        long deadline = endNanos + TimeUnit.SECONDS.toNanos(catchUpTimeout);
        // After the writes, the server's CPU goes to delivery alone: its cost per SET.
        long cpuAtEnd = cpuMillis(serverPid);
        long setsAtEnd = receivers.stream().mapToLong(r -> r.jtis.size()).sum();
        boolean lagKnown = true;
        long lastReport = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Map<String, Long> lags = lagKnown ? lags() : null;
            lagKnown = lags != null;
            boolean expected = missingExpected() == 0;
            boolean settled;
            if (lagKnown) {
                settled = lags.values().stream().allMatch(l -> l == 0) && lags.size() >= receivers.size();
            } else {
                long last =
                        receivers.stream().mapToLong(r -> r.lastArrival).max().orElse(endNanos);
                settled = System.nanoTime() - Math.max(last, endNanos) > TimeUnit.SECONDS.toNanos(quietSeconds);
            }
            if (settled && expected) {
                System.out.println("caught up " + catchUpMillis(endNanos) + " ms after the last write ("
                        + (lagKnown ? "every stream's lag 0" : "no SET for " + quietSeconds + " s") + ")");
                long drained = receivers.stream().mapToLong(r -> r.jtis.size()).sum() - setsAtEnd;
                if (serverPid > 0 && cpuAtEnd >= 0 && drained >= 100) {
                    drainLine = String.format(
                            Locale.ROOT,
                            "After the last write the server delivered %d more SETs using %.2f CPU-ms each (server"
                                    + " CPU over that time, idle waiting included)",
                            drained,
                            (double) (cpuMillis(serverPid) - cpuAtEnd) / drained);
                    System.out.println(drainLine);
                }
                return true;
            }
            if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(10)) {
                lastReport = System.nanoTime();
                System.out.println("  waiting for the receivers: "
                        + receivers.stream().map(r -> r.jtis.size() + " SETs").toList()
                        + (lagKnown ? ", lag " + lags.values() : ""));
            }
            Thread.sleep(200);
        }
        System.out.println("NOT caught up within " + catchUpTimeout + " s of the last write");
        return false;
    }

    /** When the last SET arrived, in ms after the last write; 0 when they were all there already. */
    long catchUpMillis(long endNanos) {
        long last = receivers.stream().mapToLong(r -> r.lastArrival).max().orElse(endNanos);
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(last - endNanos));
    }

    /** The lag of each of this run's streams from GET /api/v1/streams, or null when that list is not there. */
    Map<String, Long> lags() {
        if (adminPassword == null) {
            return null;
        }
        Reply r = admin("GET", "/api/v1/streams", null);
        if (r.status != 200) {
            return null;
        }
        Map<String, Long> lags = new HashMap<>();
        for (Receiver receiver : receivers) {
            String id = receiver.streamId;
            int at = id == null ? -1 : r.body.indexOf("\"stream_id\":\"" + id + "\"");
            if (at < 0) {
                return null;
            }
            Matcher m = Pattern.compile("\"lag\":\"?(\\d+)").matcher(r.body);
            if (!m.find(at)) {
                return null;
            }
            lags.put(id, Long.parseLong(m.group(1)));
        }
        return lags;
    }

    /** SETs the driver's own writes must have produced that some receiver has not got yet. */
    int missingExpected() {
        int missing = 0;
        for (Receiver r : receivers) {
            if (events.contains(DEACTIVATE)) {
                for (String id : deactivatedAt.keySet()) {
                    missing += r.deactivations.containsKey(id) ? 0 : 1;
                }
            }
            if (events.contains(CREATE_FULL)) {
                for (String id : createdWhileStreaming) {
                    missing += r.created.contains(id) ? 0 : 1;
                }
            }
        }
        return missing;
    }

    /**
     * Every receiver must have the same SETs (by jti), the driver's own writes among them, in order: a row's SETs in
     * index order, and a resource's versions never going back. Outbox ids going back are counted but allowed: the
     * sequencer delivers a row that committed late after higher ids already delivered. Returns 0 or 2.
     */
    int checkDeliveries(long endNanos) {
        Set<String> union = new HashSet<>();
        receivers.forEach(r -> union.addAll(r.jtis.keySet()));
        boolean ok = true;
        System.out.println();
        System.out.println("| Receiver | SETs (distinct jti) | sent again | missing of the union | out of order"
                + " (row index / resource version) | outbox id went back | not secevent+jwt |"
                + " delay arrival − toe p50/p99/max ms (toe in whole s: +0–1 s) | per event type |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Receiver r : receivers) {
            int missing = union.size() - r.jtis.size();
            Stats delay = r.delays();
            System.out.printf(
                    Locale.ROOT,
                    "| %d %s | %d | %d | %d | %d / %d | %d | %d | %d / %d / %d | %s |%n",
                    r.index,
                    r.streamId,
                    r.jtis.size(),
                    r.repeats.get(),
                    missing,
                    r.indexInversions.get(),
                    r.versionInversions.get(),
                    r.idInversions.get(),
                    r.badContentType.get(),
                    delay.p(50),
                    delay.p(99),
                    delay.max(),
                    new TreeMap<>(r.shortTypes()));
            ok &= missing == 0
                    && r.indexInversions.get() == 0
                    && r.versionInversions.get() == 0
                    && r.badContentType.get() == 0
                    && r.unreadable.get() == 0;
        }
        int expectedMissing = missingExpected();
        if (expectedMissing > 0) {
            System.out.println("MISSING: " + expectedMissing + " SETs of the driver's own writes (create:full of users"
                    + " created while streaming, deactivate of the deactivated users) did not arrive");
            ok = false;
        }
        if (writeErrors.get() > 0) {
            System.out.println("write errors: " + writeErrors.get() + "; first: " + errorSamples);
            ok = false;
        }
        System.out.println((ok ? "PASS" : "FAIL") + " every receiver got every event, in order");
        return ok ? 0 : 2;
    }

    int printSummary(int status) throws IOException {
        List<String> out = new ArrayList<>();
        out.add("");
        out.add("## Summary");
        out.add("");
        if (mode.equals("latency")) {
            out.add("| Measure | Load achieved | Samples | p50 ms | p95 ms | p99 ms | max ms | Target | Result |");
            out.add("|---|---|---|---|---|---|---|---|---|");
        } else {
            out.add("| Measure | Load | Delivered | Caught up after the last write | Check |");
            out.add("|---|---|---|---|---|");
        }
        out.addAll(summary);
        out.add("");
        out.add(String.format(
                Locale.ROOT,
                "Machine: %d CPUs, load average %.2f at the end; java %s; %s.",
                Runtime.getRuntime().availableProcessors(),
                loadAverage(),
                System.getProperty("java.version"),
                Instant.now()));
        for (String line : new String[] {cpuLine, drainLine}) {
            if (line != null) {
                out.add(line + ".");
            }
        }
        if (note != null) {
            out.add(note);
        }
        out.forEach(System.out::println);
        if (summaryFile != null) {
            Files.write(summaryFile, out);
        }
        return status;
    }

    String eventsLabel() {
        return events.equals(ALL_EVENTS)
                ? "all 10"
                : String.join(
                        " ", events.stream().map(EventsLoadDriver::shortType).toList());
    }

    static String shortType(String uri) {
        return uri.startsWith(PROV) ? uri.substring(PROV.length()) : uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** CPU time (user + system) of a process so far, from /proc; -1 when unknown. */
    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // 100 clock ticks per second
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    void reportCpu(long[] before, long count) {
        long server = cpuMillis(serverPid) - before[0];
        long driver = cpuMillis(ProcessHandle.current().pid()) - before[1];
        if (serverPid > 0 && before[0] >= 0 && count > 0) {
            String line = String.format(
                    Locale.ROOT,
                    "CPU in the measured window: server %.2f ms per write (%.2f cores), driver and receivers %.2f ms"
                            + " per write (%.2f cores)",
                    (double) server / count,
                    server / 1000.0 / seconds,
                    (double) driver / count,
                    driver / 1000.0 / seconds);
            System.out.println(line);
            cpuLine = line;
        }
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    // ---- receivers ---------------------------------------------------------------------------------------
    static final Pattern JTI = Pattern.compile("\"jti\":\"([^\"]+)\"");
    static final Pattern TXN = Pattern.compile("\"txn\":\"([^\"]+)\\.(\\d+)\"");
    static final Pattern TOE = Pattern.compile("\"toe\":(\\d+)");
    static final Pattern EVENT = Pattern.compile("\"events\":\\{\"([^\"]+)\"");
    static final Pattern SUBJECT_ID = Pattern.compile("\"sub_id\":\\{[^{}]*\"id\":\"([^\"]+)\"");

    /** One RFC 8935 receiver: answers 202 to every SET and records what came, when, and in which order. */
    static final class Receiver {
        final int index;
        final HttpServer server;
        volatile String streamId;
        /** jti → nanoTime of its first arrival. */
        final Map<String, Long> jtis = new ConcurrentHashMap<>();
        /** user id → nanoTime of its deactivate SET's first arrival. */
        final Map<String, Long> deactivations = new ConcurrentHashMap<>();

        final Set<String> created = ConcurrentHashMap.newKeySet();
        final Map<String, AtomicLong> types = new ConcurrentHashMap<>();
        final Map<String, Long> versions = new HashMap<>();
        final AtomicLong repeats = new AtomicLong();
        final AtomicLong indexInversions = new AtomicLong();
        final AtomicLong versionInversions = new AtomicLong();
        final AtomicLong idInversions = new AtomicLong();
        final AtomicLong badContentType = new AtomicLong();
        final AtomicLong unreadable = new AtomicLong();
        long lastRow = -1;
        int lastIndex = -1;
        long[] delayMillis = new long[1024];
        int delayCount;
        volatile long lastArrival;

        Receiver(int index, int port) throws IOException {
            this.index = index;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            server.createContext("/events", this::handle);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
        }

        void close() {
            server.stop(0);
        }

        /** One dispatcher thread per receiver: SETs are handled in the order they arrive. */
        synchronized void handle(HttpExchange exchange) throws IOException {
            long now = System.nanoTime();
            long wall = System.currentTimeMillis();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
            lastArrival = now;
            if (!"application/secevent+jwt".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                badContentType.incrementAndGet();
            }
            String claims;
            try {
                String[] parts =
                        new String(body, StandardCharsets.US_ASCII).strip().split("\\.");
                claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            } catch (RuntimeException e) {
                unreadable.incrementAndGet();
                return;
            }
            String jti = group(JTI, claims);
            String type = group(EVENT, claims);
            if (jti == null || type == null) {
                unreadable.incrementAndGet();
                return;
            }
            if (jtis.putIfAbsent(jti, now) != null) {
                repeats.incrementAndGet();
                return;
            }
            types.computeIfAbsent(type, t -> new AtomicLong()).incrementAndGet();
            int dash = jti.indexOf('-');
            long row = Long.parseLong(jti.substring(0, dash));
            int idx = Integer.parseInt(jti.substring(dash + 1));
            if (row < lastRow) {
                idInversions.incrementAndGet();
            } else if (row == lastRow && idx < lastIndex) {
                indexInversions.incrementAndGet();
            }
            lastRow = row;
            lastIndex = idx;
            Matcher txn = TXN.matcher(claims);
            if (txn.find()) {
                Long before = versions.put(txn.group(1), Long.parseLong(txn.group(2)));
                if (before != null && before > Long.parseLong(txn.group(2))) {
                    versionInversions.incrementAndGet();
                }
            }
            String toe = group(TOE, claims);
            if (toe != null) {
                if (delayCount == delayMillis.length) {
                    delayMillis = Arrays.copyOf(delayMillis, delayCount * 2);
                }
                delayMillis[delayCount++] = wall - Long.parseLong(toe) * 1000;
            }
            if (type.equals(DEACTIVATE) || type.equals(CREATE_FULL)) {
                String subject = group(SUBJECT_ID, claims);
                if (subject != null) {
                    if (type.equals(DEACTIVATE)) {
                        deactivations.putIfAbsent(subject, now);
                    } else {
                        created.add(subject);
                    }
                }
            }
        }

        synchronized Stats delays() {
            return new Stats(Arrays.copyOf(delayMillis, delayCount));
        }

        Map<String, Long> shortTypes() {
            Map<String, Long> out = new LinkedHashMap<>();
            types.forEach((t, n) -> out.put(shortType(t), n.get()));
            return out;
        }
    }

    static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** Nearest-rank percentiles over every sample. */
    static final class Stats {
        final long[] sorted;

        Stats(long[] values) {
            sorted = values.clone();
            Arrays.sort(sorted);
        }

        long p(double pct) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(pct / 100 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }

        long max() {
            return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
        }

        double mean() {
            return Arrays.stream(sorted).average().orElse(0);
        }
    }

    // ---- HTTP --------------------------------------------------------------------------------------------
    record Reply(int status, String body) {}

    Reply admin(String method, String path, String body) {
        String basic =
                Base64.getEncoder().encodeToString((adminUser + ":" + adminPassword).getBytes(StandardCharsets.UTF_8));
        Client c = new Client();
        try {
            return c.send(method, path, body, "Basic " + basic);
        } finally {
            c.close();
        }
    }

    static String field(String json, String name) {
        return group(Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\""), json);
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /**
     * HTTP/1.1 over one kept-alive socket, for one thread: far less CPU per request than java.net.http, which
     * matters when the driver shares two cores with the server. Reads Content-Length and chunked bodies; a
     * connection the server closed is opened again once.
     */
    final class Client {
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private final String host = URI.create(base).getHost();
        private final int port = URI.create(base).getPort();

        Reply send(String method, String path, String body, String authorization) {
            for (int attempt = 0; ; attempt++) {
                boolean fresh = socket == null;
                try {
                    if (fresh) {
                        socket = new Socket(host.replace("[", "").replace("]", ""), port);
                        socket.setTcpNoDelay(true);
                        socket.setSoTimeout(60_000);
                        in = new BufferedInputStream(socket.getInputStream(), 16384);
                        out = socket.getOutputStream();
                    }
                    byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
                    StringBuilder head = new StringBuilder(256)
                            .append(method)
                            .append(' ')
                            .append(path)
                            .append(" HTTP/1.1\r\nHost: ")
                            .append(host)
                            .append(':')
                            .append(port)
                            .append("\r\nAuthorization: ")
                            .append(authorization)
                            .append("\r\nAccept: application/scim+json, application/json\r\n");
                    if (body != null) {
                        head.append("Content-Type: application/")
                                .append(path.startsWith("/scim") ? "scim+json" : "json")
                                .append("\r\nContent-Length: ")
                                .append(payload.length)
                                .append("\r\n");
                    }
                    out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
                    out.write(payload);
                    out.flush();
                    return read();
                } catch (IOException e) {
                    close();
                    if (fresh || attempt > 0) {
                        return new Reply(-1, e.toString());
                    }
                }
            }
        }

        private Reply read() throws IOException {
            String status = line();
            if (status == null) {
                throw new IOException("connection closed before the response");
            }
            int code = Integer.parseInt(status.split(" ")[1]);
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String h = line(); h != null && !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].strip(), 16);
                        size > 0;
                        size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
                    body.write(in.readNBytes(size));
                    line();
                }
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used
                }
            } else if (length > 0) {
                body.write(in.readNBytes((int) length));
            }
            if (closing) {
                close();
            }
            return new Reply(code, body.toString(StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder s = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    return s.isEmpty() ? null : s.toString();
                }
                if (b != '\r') {
                    s.append((char) b);
                }
            }
            return s.toString();
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            socket = null;
        }
    }
}
