import java.lang.management.ManagementFactory;
import java.sql.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/**
 * What a SCIM create costs embedded H2 alone, and how much of it the commit is: Roster's user, attribute-value
 * and provisioning-log tables (schema as in V1/V2), one create = the user row, its seven attribute rows and a
 * log entry, run by THREADS threads for SECONDS seconds, BATCH creates per commit. Prints creates/s and the
 * process CPU per create. H2 is not bundled (Payara Micro brings 2.2.224), so fetch it first:
 *
 * <pre>
 * mvn -q dependency:get -Dartifact=com.h2database:h2:2.2.224
 * H2=~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar
 * URL="jdbc:h2:file:/tmp/h2commit/r;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256"
 * rm -rf /tmp/h2commit; java -cp $H2 bench/H2CommitBench.java "$URL" 8 15 1 none 50000   # one commit per create
 * rm -rf /tmp/h2commit; java -cp $H2 bench/H2CommitBench.java "$URL" 8 15 8 none 50000   # eight per commit
 * </pre>
 *
 * Arguments: URL THREADS SECONDS BATCH DROP PRELOAD. DROP leaves out tables or indexes (comma-separated: attr,
 * attrci, event, evit, evt, evo, order, external, email; none for the full schema); PRELOAD rows are created
 * before the measured run (after a 5 s warm-up). Use a fresh database directory for every run.
 */
public class H2CommitBench {
    static String integ = UUID.randomUUID().toString();
    static AtomicInteger seq = new AtomicInteger();
    static String[] GIVEN = {"Ada", "Alan", "Grace", "Linus", "Barbara", "Ken", "Dennis", "Margaret", "Edsger", "Donald"
    };
    static String[] FAMILY = {
        "Lovelace",
        "Turing",
        "Hopper",
        "Torvalds",
        "Liskov",
        "Thompson",
        "Ritchie",
        "Hamilton",
        "Dijkstra",
        "Knuth",
        "Smith",
        "Jones"
    };

    static String id() {
        long ms = System.currentTimeMillis();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new UUID(
                        (ms << 16) | 0x7000L | (r.nextInt() & 0xFFF),
                        0x8000_0000_0000_0000L | (r.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL))
                .toString();
    }

    public static void main(String[] a) throws Exception {
        String url = a[0];
        int threads = Integer.parseInt(a[1]);
        int seconds = Integer.parseInt(a[2]);
        int batch = Integer.parseInt(a[3]);
        Set<String> drop = new HashSet<>(Arrays.asList(a[4].split(",")));
        int preload = Integer.parseInt(a[5]);
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            s.execute(
                    "CREATE TABLE scim_user (id VARCHAR(36) NOT NULL PRIMARY KEY, integration_id VARCHAR(64) NOT NULL, user_name VARCHAR(512) NOT NULL, user_name_ci VARCHAR(512) NOT NULL, external_id VARCHAR(512), display_name VARCHAR(512), email_ci VARCHAR(512), active BOOLEAN NOT NULL, created_at BIGINT NOT NULL, modified_at BIGINT NOT NULL, version BIGINT NOT NULL, document VARCHAR(10000000) NOT NULL)");
            s.execute("CREATE UNIQUE INDEX ux_user_name ON scim_user (integration_id, user_name_ci)");
            if (!drop.contains("order"))
                s.execute("CREATE INDEX ix_user_order ON scim_user (integration_id, created_at, id)");
            if (!drop.contains("external"))
                s.execute("CREATE INDEX ix_user_external ON scim_user (integration_id, external_id)");
            if (!drop.contains("email"))
                s.execute("CREATE INDEX ix_user_email ON scim_user (integration_id, email_ci)");
            if (!drop.contains("attr")) {
                s.execute(
                        "CREATE TABLE scim_attribute_value (resource_id VARCHAR(36) NOT NULL, attr VARCHAR(300) NOT NULL, sub_attr VARCHAR(64) NOT NULL, elem INTEGER NOT NULL, value_text VARCHAR(512), value_ci VARCHAR(512), value_num DOUBLE PRECISION, value_bool BOOLEAN, PRIMARY KEY (resource_id, attr, sub_attr, elem))");
                if (!drop.contains("attrci"))
                    s.execute("CREATE INDEX ix_attr_ci ON scim_attribute_value (attr, sub_attr, value_ci)");
            }
            if (!drop.contains("event")) {
                s.execute(
                        "CREATE TABLE provisioning_event (id VARCHAR(36) NOT NULL PRIMARY KEY, integration_id VARCHAR(64), occurred_at BIGINT NOT NULL, operation VARCHAR(40) NOT NULL, outcome VARCHAR(16) NOT NULL, status INTEGER NOT NULL, resource_type VARCHAR(16), resource_id VARCHAR(36), resource_name VARCHAR(512), detail VARCHAR(2000), changes VARCHAR(100000), source_address VARCHAR(64), user_agent VARCHAR(512), actor VARCHAR(100))");
                if (!drop.contains("evit"))
                    s.execute(
                            "CREATE INDEX ix_event_integration_time ON provisioning_event (integration_id, occurred_at)");
                if (!drop.contains("evt")) s.execute("CREATE INDEX ix_event_time ON provisioning_event (occurred_at)");
                if (!drop.contains("evo"))
                    s.execute(
                            "CREATE INDEX ix_event_outcome ON provisioning_event (integration_id, outcome, occurred_at)");
            }
        }
        boolean attr = !drop.contains("attr"), event = !drop.contains("event");
        if (preload > 0) {
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                c.setAutoCommit(false);
                for (int i = 0; i < preload; i++) {
                    create(c, attr, event);
                    if (i % 500 == 499) c.commit();
                }
                c.commit();
            }
        }
        AtomicLong done = new AtomicLong();
        AtomicBoolean measuring = new AtomicBoolean(), stop = new AtomicBoolean();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                    c.setAutoCommit(false);
                    while (!stop.get()) {
                        for (int b = 0; b < batch; b++) create(c, attr, event);
                        c.commit();
                        if (measuring.get()) done.addAndGet(batch);
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                }
            });
            th.start();
            ts.add(th);
        }
        Thread.sleep(5000);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        measuring.set(true);
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        long cpu1 = os.getProcessCpuTime();
        long t1 = System.nanoTime();
        stop.set(true);
        for (Thread th : ts) th.join();
        double rate = done.get() / ((t1 - t0) / 1e9);
        System.out.printf(
                Locale.ROOT,
                "%s batch=%d drop=%s: %.0f creates/s, %.3f CPU-ms/create%n",
                url.replaceAll(".*;", ";"),
                batch,
                drop,
                rate,
                (cpu1 - cpu0) / 1e6 / done.get());
    }

    static void create(Connection c, boolean attr, boolean event) throws SQLException {
        int n = seq.incrementAndGet();
        String id = id();
        String un = String.format("user%07d@example.com", n);
        String given = GIVEN[n % GIVEN.length], family = FAMILY[(n / GIVEN.length) % FAMILY.length];
        long now = System.currentTimeMillis();
        String doc = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + un
                + "\",\"name\":{\"givenName\":\"" + given + "\",\"familyName\":\"" + family
                + "\"},\"emails\":[{\"primary\":true,\"value\":\"" + un + "\",\"type\":\"work\"}],\"displayName\":\""
                + given + " " + family + "\",\"locale\":\"en-US\",\"externalId\":\"00u"
                + UUID.randomUUID().toString().substring(0, 17) + "\",\"active\":true}";
        try (PreparedStatement p = c.prepareStatement("INSERT INTO scim_user VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            p.setString(1, id);
            p.setString(2, integ);
            p.setString(3, un);
            p.setString(4, un);
            p.setString(5, "00u" + UUID.randomUUID().toString().substring(0, 17));
            p.setString(6, given + " " + family);
            p.setString(7, un);
            p.setBoolean(8, true);
            p.setLong(9, now);
            p.setLong(10, now);
            p.setLong(11, 1);
            p.setString(12, doc);
            p.executeUpdate();
        }
        if (attr) {
            try (PreparedStatement p =
                    c.prepareStatement("INSERT INTO scim_attribute_value VALUES (?,?,?,?,?,?,?,?)")) {
                Object[][] rows = {
                    {"name", "givenname", given},
                    {"name", "familyname", family},
                    {"emails", "primary", null},
                    {"emails", "value", un},
                    {"emails", "type", "work"},
                    {"displayname", "", given + " " + family},
                    {"locale", "", "en-US"}
                };
                for (Object[] r : rows) {
                    p.setString(1, id);
                    p.setString(2, "urn:ietf:params:scim:schemas:core:2.0:User:" + r[0]);
                    p.setString(3, (String) r[1]);
                    p.setInt(4, 0);
                    p.setString(5, (String) r[2]);
                    p.setString(6, r[2] == null ? null : ((String) r[2]).toLowerCase());
                    p.setNull(7, Types.DOUBLE);
                    if (r[2] == null) p.setBoolean(8, true);
                    else p.setNull(8, Types.BOOLEAN);
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
        if (event) {
            try (PreparedStatement p =
                    c.prepareStatement("INSERT INTO provisioning_event VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                p.setString(1, id());
                p.setString(2, integ);
                p.setLong(3, now);
                p.setString(4, "USER_CREATED");
                p.setString(5, "SUCCESS");
                p.setInt(6, 201);
                p.setString(7, "User");
                p.setString(8, id);
                p.setString(9, un);
                p.setString(10, null);
                p.setString(
                        11,
                        "{\"added\":[\"userName\",\"name.givenName\",\"name.familyName\",\"emails\",\"displayName\",\"locale\",\"externalId\",\"active\"]}");
                p.setString(12, "127.0.0.1");
                p.setString(13, "Okta SCIM Client 1.0.0");
                p.setString(14, null);
                p.executeUpdate();
            }
        }
    }
}
