package dev.roster.directory.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.SearchSpec;
import dev.roster.scim.spi.StoredResource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An index page is the OFFSET page of {@code (created_at, id)}, exactly, on every node, whatever was listed,
 * created or deleted before: checked against the plain OFFSET query on H2 and on PostgreSQL, through two
 * nodes that share the database but not their memory of positions.
 */
class IndexPagingTest {

    private static final String OKTA = "okta";
    private static final String ENTRA = "entra";
    private static final long T0 = 1_800_000_000_000L;
    private static final JsonObject NO_ATTRIBUTES = Json.createObjectBuilder().build();

    private static ListingDatabase open(String database) throws SQLException {
        return database.equals("h2") ? ListingDatabase.h2() : ListingDatabase.postgres();
    }

    /** Issue 12's reproduction: a page is never answered from what an unrelated earlier listing left behind. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void pageThreeAfterDeletesAndCreatesHoldsOnlyTheThirdGroup(String database) throws Exception {
        try (ListingDatabase db = open(database)) {
            ResourceSearch node = db.node();
            List<String> before = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                before.add(db.createGroup(OKTA, T0 + i, "before-" + i));
            }
            assertEquals(before.subList(0, 2), ids(db.search(node, ResourceType.GROUP, OKTA, index(1, 2))));
            for (String id : before) {
                db.delete(ResourceType.GROUP, OKTA, id);
            }
            List<String> after = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                after.add(db.createGroup(OKTA, T0 + 10 + i, "after-" + i));
            }

            Page<StoredResource> page = db.search(node, ResourceType.GROUP, OKTA, index(3, 100));
            assertEquals(List.of(after.get(2)), ids(page));
            assertEquals(3, page.totalResults());
        }
    }

    /** An import with nothing changing seeks from where the previous page ended, and its pages are OFFSET's. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anUnchangedListingIsPagedBySeekingAndEqualsOffset(String database) throws Exception {
        try (ListingDatabase db = open(database)) {
            for (int i = 0; i < 25; i++) {
                db.createUser(OKTA, T0 + i / 3, "user" + i, null, NO_ATTRIBUTES);
            }
            CountingSql counting = new CountingSql(db);
            ResourceSearch node = counting.node();
            List<String> walked = new ArrayList<>();
            for (int start = 1; start <= 25; start += 10) {
                Page<StoredResource> page = db.search(node, ResourceType.USER, OKTA, index(start, 10));
                assertEquals(db.offsetPage(ResourceType.USER, OKTA, start, 10), ids(page), "page at " + start);
                walked.addAll(ids(page));
            }
            assertEquals(db.offsetPage(ResourceType.USER, OKTA, 1, 100), walked);
            assertEquals(2, counting.accepted(), "the second and third page seek instead of skipping");
        }
    }

    /**
     * Random creates (in order and before the newest row, as skewed clocks or out-of-order commits make them),
     * deletes, and index pages through two nodes, in another directory's noise: every page equals OFFSET.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void pagesThroughTwoNodesEqualOffsetWhileTheDirectoryChanges(String database) throws Exception {
        try (ListingDatabase db = open(database)) {
            Random random = new Random(12);
            List<String> users = new ArrayList<>();
            long clock = T0;
            for (int i = 0; i < 60; i++) {
                users.add(db.createUser(OKTA, clock += random.nextInt(2), "seed" + i, null, NO_ATTRIBUTES));
            }
            CountingSql counting = new CountingSql(db);
            List<ResourceSearch> nodes = List.of(counting.node(), counting.node());
            int start = 1;
            for (int step = 0; step < 400; step++) {
                int action = random.nextInt(10);
                if (action == 0) {
                    users.add(db.createUser(OKTA, clock += random.nextInt(2), "new" + step, null, NO_ATTRIBUTES));
                } else if (action == 1) {
                    // Before the newest row: a node whose clock is behind, or a create that committed late.
                    users.add(db.createUser(OKTA, clock - random.nextInt(30), "late" + step, null, NO_ATTRIBUTES));
                } else if (action == 2 && !users.isEmpty()) {
                    db.delete(ResourceType.USER, OKTA, users.remove(random.nextInt(users.size())));
                } else if (action == 3) {
                    db.createUser(ENTRA, clock - random.nextInt(30), "noise" + step, null, NO_ATTRIBUTES);
                } else {
                    // Mostly a walk (the next page, as an import asks), sometimes a jump anywhere.
                    int count = 1 + random.nextInt(12);
                    start = random.nextInt(8) == 0 ? 1 + random.nextInt(users.size() + 5) : start;
                    Page<StoredResource> page =
                            db.search(nodes.get(random.nextInt(2)), ResourceType.USER, OKTA, index(start, count));
                    assertEquals(
                            db.offsetPage(ResourceType.USER, OKTA, start, count),
                            ids(page),
                            "step " + step + ": startIndex " + start + ", count " + count);
                    assertEquals(users.size(), page.totalResults(), "step " + step);
                    start = page.items().isEmpty() ? 1 : start + page.items().size();
                }
            }
            assertTrue(
                    counting.accepted() > 30 && counting.refused.get() > 10,
                    "seeks used " + counting.accepted() + ", refused after a change " + counting.refused.get());
        }
    }

    /** The version moves with every delete and every create before the newest row, and with nothing else. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theVersionMovesWhenRowsMayChangeTheirIndex(String database) throws Exception {
        try (ListingDatabase db = open(database)) {
            assertEquals(ListingVersions.ABSENT, db.version(ResourceType.USER, OKTA));
            String first = db.createUser(OKTA, T0, "first", null, NO_ATTRIBUTES);
            long created = db.version(ResourceType.USER, OKTA);
            assertNotEquals(ListingVersions.ABSENT, created);

            db.createUser(OKTA, T0 + 5, "newer", null, NO_ATTRIBUTES);
            assertEquals(created, db.version(ResourceType.USER, OKTA), "a create after the newest row moves nothing");
            db.createUser(OKTA, T0 + 5, "same-millisecond", null, NO_ATTRIBUTES);
            long sameMillisecond = db.version(ResourceType.USER, OKTA);
            assertTrue(sameMillisecond >= created, "ties in created_at are ordered by id, either side");

            db.createUser(OKTA, T0 + 1, "older", null, NO_ATTRIBUTES);
            long older = db.version(ResourceType.USER, OKTA);
            assertEquals(sameMillisecond + 1, older, "a create before the newest row moves the version");

            db.delete(ResourceType.USER, OKTA, first);
            assertEquals(older + 1, db.version(ResourceType.USER, OKTA), "a delete moves the version");

            assertEquals(ListingVersions.ABSENT, db.version(ResourceType.GROUP, OKTA), "groups count apart");
            assertEquals(ListingVersions.ABSENT, db.version(ResourceType.USER, ENTRA), "so do other directories");
        }
    }

    /**
     * A listing's counter row is made by its first change after Roster started counting, starting from the
     * newest row already there: a later create before that row still moves the version.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aCounterRowStartsFromTheNewestRowAlreadyThere(String database) throws Exception {
        try (ListingDatabase db = open(database)) {
            db.createUser(OKTA, T0 + 100, "before-counting", null, NO_ATTRIBUTES);
            db.deleteCounterRows();
            db.createUser(OKTA, T0 + 50, "older", null, NO_ATTRIBUTES);
            assertEquals(1, db.version(ResourceType.USER, OKTA));
        }
    }

    /** Writers that make a listing's first changes at once all succeed, and the listing gets one counter row. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void firstChangesOnSeveralConnectionsAtOnceAllSucceed(String database) throws Exception {
        try (ListingDatabase db = open(database)) {
            int writers = 4;
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            CyclicBarrier together = new CyclicBarrier(writers);
            List<Future<String>> created = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int n = i;
                created.add(pool.submit(() -> {
                    try (ListingDatabase writer = db.anotherClient()) {
                        together.await(30, TimeUnit.SECONDS);
                        return writer.createUser(OKTA, T0 + n, "first" + n, null, NO_ATTRIBUTES);
                    }
                }));
            }
            for (Future<String> id : created) {
                id.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertTrue(db.version(ResourceType.USER, OKTA) >= 0);
            assertEquals(
                    writers,
                    db.search(db.node(), ResourceType.USER, OKTA, index(1, 10)).totalResults());
        }
    }

    private static SearchSpec index(int startIndex, int count) {
        return new SearchSpec(null, null, false, startIndex, count);
    }

    private static List<String> ids(Page<StoredResource> page) {
        return page.items().stream().map(StoredResource::id).toList();
    }

    /**
     * Nodes whose statements are counted: a seek is a window that starts past a known row; a seek is refused
     * when the listing's version moved, and then an OFFSET window follows it.
     */
    private static final class CountingSql {

        final AtomicInteger seeks = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        private final ListingDatabase db;
        private boolean afterSeek;

        CountingSql(ListingDatabase db) {
            this.db = db;
        }

        ResourceSearch node() {
            return db.node(statement -> {
                String text = statement.text();
                if (!text.contains(" OFFSET ")) {
                    return;
                }
                boolean seek = text.contains("r.created_at >= ");
                if (seek) {
                    seeks.incrementAndGet();
                } else if (afterSeek) {
                    refused.incrementAndGet();
                }
                afterSeek = seek;
            });
        }

        int accepted() {
            return seeks.get() - refused.get();
        }
    }
}
