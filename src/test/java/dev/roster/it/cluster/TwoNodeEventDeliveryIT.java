package dev.roster.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.roster.it.Clients;
import dev.roster.it.Http;
import dev.roster.it.events.ReceiverStub;
import dev.roster.testsupport.Postgres;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 on a real cluster: two Roster nodes (Payara Micro, Hazelcast off) running at once on one PostgreSQL
 * database, one push stream, writes through both. While both run, the node holding the delivery lease sends every
 * SET once; the other sends none. When that node is killed with SIGKILL, the survivor takes the lease once it lapses
 * (10 s) and goes on: every acknowledged write's events arrive, in order, and none for a write that was refused.
 *
 * <p>Writes are sent one at a time (each acknowledged before the next), so outbox ids, and with them the delivery
 * order (seq), follow the order of the writes: a SET's {@code jti} ({@code {row}-{index}}) names its row.
 *
 * <p>Skipped with a message where PostgreSQL does not answer; failed instead where ROSTER_REQUIRE_POSTGRES=true.
 */
class TwoNodeEventDeliveryIT {

    private static final String TOKEN = "two-node-event-it-token";
    private static final String ADMIN_PASSWORD = "two-node-event-it-admin-password";
    private static final String ISSUER_A = "http://node-a.roster.test";
    private static final String ISSUER_B = "http://node-b.roster.test";
    private static final String PROV = "urn:ietf:params:scim:event:prov:";
    private static final String CREATE = PROV + "create:full";
    private static final String PATCH = PROV + "patch:full";
    private static final int USERS_WHILE_BOTH_RUN = 30;
    private static final int USERS_BEFORE_KILL = 20;
    private static final int USERS_AFTER_KILL = 30;
    /** The lease (10 s) must lapse before the survivor delivers; then a backlog of a few dozen SETs. */
    private static final Duration DELIVERY_DEADLINE = Duration.ofSeconds(120);

    @Test
    void survivorDeliversEveryAcknowledgedWriteOnceTheLeaseHolderIsKilled() throws Exception {
        Postgres.assumeAvailable();
        try (Postgres.FreshDatabase database = Postgres.createDatabase("it_event_two_nodes");
                PayaraNodes nodes = new PayaraNodes("event-two-nodes");
                ReceiverStub receiver = new ReceiverStub()) {
            // A starts alone, so the lease is A's before B exists; B then finds it taken for as long as A runs.
            PayaraNodes.Node a = nodes.start(
                            "node-a",
                            settings(database, ISSUER_A),
                            nodes.workDir().resolve("a"))
                    .awaitReady();
            String leaseOfA = awaitLeaseHolderOtherThan(database, null);
            PayaraNodes.Node b = nodes.start(
                            "node-b",
                            settings(database, ISSUER_B),
                            nodes.workDir().resolve("b"))
                    .awaitReady();
            createPushStream(b, receiver);

            Writes writes = new Writes(new OktaTraffic(a.base(), TOKEN), new OktaTraffic(b.base(), TOKEN));
            Deliveries deliveries = new Deliveries(receiver);

            for (int i = 0; i < USERS_WHILE_BOTH_RUN; i++) {
                writes.createThenPatchThroughBothNodes(i);
            }
            deliveries.awaitAll(writes.acknowledged());
            assertEquals(leaseOfA, leaseHolder(database), "the lease stayed with A while both nodes ran");
            deliveries.assertNoneTwice("while both nodes ran, each SET was delivered once");
            deliveries.assertAllSentBy(ISSUER_A, 0, "while both nodes ran, the lease holder A sent every SET");

            // More writes through both, then A is killed between two requests (none of its writes in flight),
            // most likely while it is still pushing their SETs.
            for (int i = USERS_WHILE_BOTH_RUN; i < USERS_WHILE_BOTH_RUN + USERS_BEFORE_KILL; i++) {
                writes.createThenPatchThroughBothNodes(i);
            }
            a.kill();
            deliveries.takeWhatArrived();
            deliveries.assertNoneTwice("up to the kill, each SET was delivered once");
            deliveries.assertAllSentBy(ISSUER_A, 0, "up to the kill, the lease holder A sent every SET");
            int beforeKill = deliveries.count();

            String refused = writes.refusedBy(a, "refused-after-kill");
            for (int i = 0; i < USERS_AFTER_KILL; i++) {
                writes.createThenPatchThroughSurvivor(USERS_WHILE_BOTH_RUN + USERS_BEFORE_KILL + i);
            }
            deliveries.awaitAll(writes.acknowledged());

            awaitLeaseHolderOtherThan(database, leaseOfA); // fails unless the survivor took the lease over
            assertEquals(
                    Set.copyOf(writes.acknowledged()),
                    deliveries.events(),
                    "an event for every acknowledged write, and none for a write that was not acknowledged");
            Http.Reply search =
                    writes.survivor.get("Users?filter=" + KillMidImport.encode("userName eq \"" + refused + "\""));
            assertEquals(0, search.json().getInt("totalResults"), "the refused write left nothing: " + search);
            deliveries.assertInOrder();
            deliveries.assertNoneTwiceAfter(beforeKill);
            deliveries.assertAllSentBy(ISSUER_B, beforeKill, "after the kill, the survivor B sent every SET");
            System.out.println(
                    "TwoNodeEventDeliveryIT: " + writes.acknowledged().size() + " acknowledged writes, "
                            + deliveries.count() + " SETs received (" + beforeKill + " before the kill)");
        }
    }

    /**
     * Each node gets a public URL of its own, only so that a SET's {@code iss} tells which node signed and sent it.
     */
    private static PayaraNodes.Settings settings(Postgres.FreshDatabase database, String publicUrl) {
        return new PayaraNodes.Settings()
                .postgres(database.url(), Postgres.user(), Postgres.password())
                .env("ROSTER_SCIM_TOKEN", TOKEN)
                .env("ROSTER_ADMIN_PASSWORD", ADMIN_PASSWORD)
                .env("ROSTER_PUBLIC_URL", publicUrl)
                .env("ROSTER_EVENTS_ALLOW_PRIVATE_RECEIVERS", "true");
    }

    private static void createPushStream(PayaraNodes.Node node, ReceiverStub receiver) {
        Http.Reply stream = Clients.admin(node.base(), ADMIN_PASSWORD)
                .post(
                        "api/v1/ssf/streams",
                        "{\"delivery\":{\"method\":\"urn:ietf:rfc:8935\",\"endpoint_url\":\"" + receiver.url()
                                + "\"},\"events_requested\":[\"" + CREATE + "\",\"" + PATCH + "\"]}");
        assertEquals(201, stream.status(), stream.toString());
    }

    /** The owner of the delivery lease while it is held (not lapsed), else null. */
    private static String leaseHolder(Postgres.FreshDatabase database) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT owner FROM event_lease WHERE name = 'sequencer' AND lease_until > ?")) {
            query.setLong(1, System.currentTimeMillis());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** Polls (bounded) until a node other than {@code previous} holds the delivery lease; answers its owner id. */
    private static String awaitLeaseHolderOtherThan(Postgres.FreshDatabase database, String previous)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + DELIVERY_DEADLINE.toNanos();
        String holder = leaseHolder(database);
        while (holder == null || holder.equals(previous)) {
            if (System.nanoTime() > deadline) {
                fail("no node other than " + previous + " took the delivery lease within " + DELIVERY_DEADLINE);
            }
            Thread.sleep(100);
            holder = leaseHolder(database);
        }
        return holder;
    }

    /** The writes of the test, one at a time, and the events each acknowledged one must give. */
    private static final class Writes {
        private final OktaTraffic viaA;
        private final OktaTraffic survivor;
        private final List<String> acknowledged = new ArrayList<>();

        Writes(OktaTraffic viaA, OktaTraffic survivor) {
            this.viaA = viaA;
            this.survivor = survivor;
        }

        /** Creates user {@code i} through one node and PATCHes it through the other (alternating). */
        void createThenPatchThroughBothNodes(int i) {
            boolean aFirst = i % 2 == 0;
            createThenPatch(i, aFirst ? viaA : survivor, aFirst ? survivor : viaA);
        }

        void createThenPatchThroughSurvivor(int i) {
            createThenPatch(i, survivor, survivor);
        }

        private void createThenPatch(int i, OktaTraffic createVia, OktaTraffic patchVia) {
            Http.Reply created = createVia.createUser("two-node-" + i + "@example.com");
            assertEquals(201, created.status(), created.toString());
            String id = created.json().getString("id");
            acknowledged.add(CREATE + " " + id);
            Http.Reply patched = patchVia.patchTwoAttributes(id, "Patched " + id, "Title " + i);
            assertTrue(patched.status() == 200 || patched.status() == 204, patched.toString());
            acknowledged.add(PATCH + " " + id);
        }

        /** A create sent to the killed node: it cannot be acknowledged. Answers the userName it tried. */
        String refusedBy(PayaraNodes.Node killed, String userName) {
            assertTrue(!killed.isAlive(), killed.name + " is dead");
            String name = userName + "@example.com";
            assertThrows(UncheckedIOException.class, () -> viaA.createUser(name), "the killed node answers nothing");
            return name;
        }

        /** "{event type} {user id}" per acknowledged write, in the order they were acknowledged. */
        List<String> acknowledged() {
            return acknowledged;
        }
    }

    /** Every SET the receiver accepted, in arrival order. */
    private static final class Deliveries {
        private final ReceiverStub receiver;
        private final List<JsonObject> received = new ArrayList<>();

        Deliveries(ReceiverStub receiver) {
            this.receiver = receiver;
        }

        /** Takes SETs as they arrive until each expected event came at least once, or fails at the deadline. */
        void awaitAll(List<String> expected) throws InterruptedException {
            long deadline = System.nanoTime() + DELIVERY_DEADLINE.toNanos();
            Set<String> missing = new LinkedHashSet<>(expected);
            received.forEach(claims -> missing.remove(event(claims)));
            while (!missing.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    fail(missing.size() + " acknowledged writes had no event within " + DELIVERY_DEADLINE + ", first "
                            + missing.iterator().next());
                }
                ReceiverStub.Push push = receiver.poll(
                        Duration.ofNanos(Math.min(left, Duration.ofSeconds(1).toNanos())));
                if (push != null) {
                    JsonObject claims = push.claims();
                    received.add(claims);
                    missing.remove(event(claims));
                }
            }
        }

        /** Takes the SETs that arrived so far without waiting for more. */
        void takeWhatArrived() throws InterruptedException {
            for (ReceiverStub.Push push = receiver.poll(Duration.ZERO);
                    push != null;
                    push = receiver.poll(Duration.ZERO)) {
                received.add(push.claims());
            }
        }

        int count() {
            return received.size();
        }

        /** "{event type} {user id}" of each SET received. */
        Set<String> events() {
            Set<String> events = new LinkedHashSet<>();
            received.forEach(claims -> events.add(event(claims)));
            return events;
        }

        void assertNoneTwice(String message) {
            Map<String, Integer> times = new TreeMap<>();
            received.forEach(claims -> times.merge(claims.getString("jti"), 1, Integer::sum));
            times.values().removeIf(n -> n == 1);
            assertEquals(Map.of(), times, message + " (jti -> times received)");
        }

        /**
         * Each SET's first arrival comes after those of every earlier row (writes were sequential, so row order is
         * seq order), and a user's events arrive in the order of its versions (txn {@code {id}.{version}}).
         */
        void assertInOrder() {
            long lastRow = 0;
            Map<String, Long> lastVersion = new HashMap<>();
            Set<String> seen = new LinkedHashSet<>();
            for (JsonObject claims : received) {
                String jti = claims.getString("jti");
                if (!seen.add(jti)) {
                    continue;
                }
                long row = Long.parseLong(jti.substring(0, jti.indexOf('-')));
                assertTrue(row > lastRow, "SET " + jti + " first arrived after one of row " + lastRow);
                lastRow = row;
                String txn = claims.getString("txn");
                String user = txn.substring(0, txn.lastIndexOf('.'));
                long version = Long.parseLong(txn.substring(txn.lastIndexOf('.') + 1));
                Long before = lastVersion.put(user, version);
                assertTrue(before == null || version > before, "txn " + txn + " arrived after version " + before);
            }
        }

        /** Every SET received from the {@code from}-th on names {@code issuer} as its {@code iss}. */
        void assertAllSentBy(String issuer, int from, String message) {
            Map<String, Integer> byIssuer = new TreeMap<>();
            received.subList(from, received.size())
                    .forEach(claims -> byIssuer.merge(claims.getString("iss"), 1, Integer::sum));
            byIssuer.remove(issuer);
            assertEquals(Map.of(), byIssuer, message + " (other iss -> SETs)");
        }

        /** After the kill only the survivor sends: what it sends again is the killed node's unfinished batch, once. */
        void assertNoneTwiceAfter(int beforeKill) {
            Set<String> seenAfter = new LinkedHashSet<>();
            for (JsonObject claims : received.subList(beforeKill, received.size())) {
                String jti = claims.getString("jti");
                assertTrue(seenAfter.add(jti), "after the kill, SET " + jti + " was delivered twice");
            }
        }

        private static String event(JsonObject claims) {
            String type = claims.getJsonObject("events").keySet().iterator().next();
            return type + " " + claims.getJsonObject("sub_id").getString("id");
        }
    }
}
