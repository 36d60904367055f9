package dev.roster.directory.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.FilterParser;
import dev.roster.scim.spi.Keyset;
import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.SearchSpec;
import dev.roster.scim.spi.StoredResource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cursor paging (RFC 9865) over the store: keyset windows in the listing's order, forward and backward, with
 * and without sortBy and filter, on H2 and PostgreSQL. Every row that exists for a whole walk is met exactly
 * once, whatever is created or deleted meanwhile, before or after the walk's position.
 */
class CursorPagingTest {

    private static final String OKTA = "okta";
    private static final long T0 = 1_800_000_000_000L;

    private static ListingDatabase open(String database) throws SQLException {
        return database.equals("h2") ? ListingDatabase.h2() : ListingDatabase.postgres();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aWalkMeetsEveryRowThatExistedThroughoutExactlyOnceWhileTheDirectoryChanges(String database) throws Exception {
        try (ListingDatabase db = open(database)) {
            Random random = new Random(7);
            List<String> stable = new ArrayList<>();
            List<String> doomed = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String id = db.createUser(OKTA, T0 + random.nextInt(20), "user" + i, null, attributes());
                (i % 4 == 0 ? doomed : stable).add(id);
            }
            ResourceSearch node = db.node();
            List<String> met = new ArrayList<>();
            Keyset window = Keyset.first();
            int pages = 0;
            while (window != null) {
                Page<StoredResource> page =
                        db.search(node, ResourceType.USER, OKTA, cursor(null, null, false, 3, window));
                met.addAll(ids(page));
                window = page.next();
                // Between pages: new rows anywhere in the order, and deletes of rows not in the stable set.
                db.createUser(OKTA, T0 + random.nextInt(40), "new" + pages, null, attributes());
                if (!doomed.isEmpty()) {
                    db.delete(ResourceType.USER, OKTA, doomed.remove(random.nextInt(doomed.size())));
                }
                assertTrue(++pages < 100, "the walk ends");
            }
            assertEquals(met.size(), new HashSet<>(met).size(), "no row twice: " + met);
            assertTrue(met.containsAll(stable), "every row that existed throughout");
        }
    }

    /** The same with the writes on another connection while the walk runs: no row skipped or met twice. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aWalkStaysExactWhileAnotherClientWritesAtTheSameTime(String database) throws Exception {
        try (ListingDatabase db = open(database);
                ListingDatabase writer = db.anotherClient()) {
            List<String> stable = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                stable.add(db.createUser(OKTA, T0 + i % 50, "user" + i, null, attributes()));
            }
            AtomicBoolean walking = new AtomicBoolean(true);
            CountDownLatch writing = new CountDownLatch(5);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            Future<Integer> writes = pool.submit(() -> {
                Random random = new Random(3);
                List<String> mine = new ArrayList<>();
                int n = 0;
                while ((walking.get() || writing.getCount() > 0) && n < 2000) {
                    if (mine.isEmpty() || random.nextBoolean()) {
                        mine.add(writer.createUser(OKTA, T0 + random.nextInt(60), "w" + n, null, attributes()));
                    } else {
                        writer.delete(ResourceType.USER, OKTA, mine.remove(random.nextInt(mine.size())));
                    }
                    writing.countDown();
                    n++;
                }
                return n;
            });
            assertTrue(writing.await(60, TimeUnit.SECONDS), "the writer is under way before the walk starts");
            List<String> met = new ArrayList<>();
            ResourceSearch node = db.node();
            Keyset window = Keyset.first();
            while (window != null) {
                Page<StoredResource> page =
                        db.search(node, ResourceType.USER, OKTA, cursor(null, null, false, 7, window));
                met.addAll(ids(page));
                window = page.next();
            }
            walking.set(false);
            int written = writes.get(60, TimeUnit.SECONDS);
            pool.shutdown();
            assertTrue(written >= 5, "the writer ran");
            assertEquals(met.size(), new HashSet<>(met).size(), "no row twice");
            assertTrue(met.containsAll(stable), "every row that existed throughout");
        }
    }

    /**
     * Sorted and filtered walks in both directions give the listing's order (the index page of everything), and
     * a walk back from the end gives it reversed: values shared by several rows, and rows without a value.
     */
    @ParameterizedTest(name = "{0}: sortBy {1} {2}, filter {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            h2         | -               | false | -
            h2         | userName        | false | -
            h2         | userName        | true  | -
            h2         | externalId      | false | -
            h2         | externalId      | true  | -
            h2         | name.familyName | false | -
            h2         | name.familyName | true  | userName sw "u"
            h2         | meta.created    | true  | -
            h2         | active          | false | -
            h2         | -               | false | name.familyName pr
            postgresql | userName        | true  | -
            postgresql | externalId      | false | -
            postgresql | externalId      | true  | -
            postgresql | name.familyName | false | -
            postgresql | name.familyName | true  | userName sw "u"
            postgresql | active          | true  | -
            """)
    void sortedWalksBothWaysFollowTheListingOrder(String database, String sortBy, boolean descending, String filter)
            throws Exception {
        try (ListingDatabase db = open(database)) {
            Random random = new Random(sortBy == null ? 1 : sortBy.hashCode());
            String[] families = {"Smith", "smith", "Jensen", "Åberg", "O'Neil", null};
            for (int i = 0; i < 31; i++) {
                String family = families[random.nextInt(families.length)];
                String externalId = random.nextInt(3) == 0 ? null : "ext-" + random.nextInt(5);
                db.createUser(
                        OKTA,
                        T0 + random.nextInt(10),
                        (i % 2 == 0 ? "u" : "v") + random.nextInt(1000) + "-" + i,
                        externalId,
                        family == null ? attributes() : attributes("familyName", family));
            }
            ResourceSearch node = db.node();
            List<String> expected = ids(db.search(
                    node, ResourceType.USER, OKTA, new SearchSpec(filter(filter), path(sortBy), descending, 1, 1000)));
            assertTrue(expected.size() > 5, "a few rows to walk: " + expected.size());

            List<String> forward = new ArrayList<>();
            Keyset window = Keyset.first();
            Page<StoredResource> last = null;
            while (window != null) {
                last = db.search(node, ResourceType.USER, OKTA, cursor(filter, sortBy, descending, 4, window));
                forward.addAll(ids(last));
                assertEquals(expected.size(), last.totalResults());
                window = last.next();
            }
            assertEquals(expected, forward);

            List<String> backward = new ArrayList<>(ids(last));
            window = last.previous();
            while (window != null) {
                Page<StoredResource> page =
                        db.search(node, ResourceType.USER, OKTA, cursor(filter, sortBy, descending, 4, window));
                backward.addAll(0, ids(page));
                window = page.previous();
                assertTrue(backward.size() <= expected.size() + 4);
            }
            assertEquals(expected, backward);
        }
    }

    /** What the pages at either end and with count=0 offer next, RFC 9865's rules for nextCursor/previousCursor. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theEndsOfAWalkAndCountZero(String database) throws Exception {
        try (ListingDatabase db = open(database)) {
            ResourceSearch node = db.node();
            Page<StoredResource> empty =
                    db.search(node, ResourceType.USER, OKTA, cursor(null, null, false, 10, Keyset.first()));
            assertEquals(0, empty.totalResults());
            assertNull(empty.next(), "an empty listing has one page");
            assertNull(empty.previous());

            List<String> users = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                users.add(db.createUser(OKTA, T0 + i, "user" + i, null, attributes()));
            }
            Page<StoredResource> totalOnly =
                    db.search(node, ResourceType.USER, OKTA, cursor(null, null, false, 0, Keyset.first()));
            assertEquals(5, totalOnly.totalResults());
            assertEquals(List.of(), totalOnly.items());
            assertEquals(Keyset.first(), totalOnly.next(), "count=0 offers the same place again");
            assertNull(totalOnly.previous(), "never a previous page on the first");

            Page<StoredResource> first =
                    db.search(node, ResourceType.USER, OKTA, cursor(null, null, false, 2, Keyset.first()));
            assertEquals(users.subList(0, 2), ids(first));
            assertNull(first.previous(), "never a previous page on the first");
            Page<StoredResource> second =
                    db.search(node, ResourceType.USER, OKTA, cursor(null, null, false, 2, first.next()));
            assertEquals(users.subList(2, 4), ids(second));
            assertNotNull(second.previous());
            Page<StoredResource> third =
                    db.search(node, ResourceType.USER, OKTA, cursor(null, null, false, 2, second.next()));
            assertEquals(users.subList(4, 5), ids(third));
            assertNull(third.next(), "the last page has no next");
            Page<StoredResource> back =
                    db.search(node, ResourceType.USER, OKTA, cursor(null, null, false, 2, third.previous()));
            assertEquals(users.subList(2, 4), ids(back));
            Page<StoredResource> backToFirst =
                    db.search(node, ResourceType.USER, OKTA, cursor(null, null, false, 2, back.previous()));
            assertEquals(users.subList(0, 2), ids(backToFirst));
            assertNull(backToFirst.previous(), "nothing before the first row");
            assertEquals(
                    users.subList(2, 4),
                    ids(db.search(node, ResourceType.USER, OKTA, cursor(null, null, false, 2, backToFirst.next()))));

            // Deletes behind a cursor: the page before it is empty, and its next is the start again.
            for (String id : users.subList(0, 2)) {
                db.delete(ResourceType.USER, OKTA, id);
            }
            Page<StoredResource> nothingBefore =
                    db.search(node, ResourceType.USER, OKTA, cursor(null, null, false, 2, second.previous()));
            assertEquals(List.of(), nothingBefore.items());
            assertNull(nothingBefore.previous());
            assertEquals(Keyset.first(), nothingBefore.next());
        }
    }

    private static SearchSpec cursor(String filter, String sortBy, boolean descending, int count, Keyset keyset) {
        return new SearchSpec(filter(filter), path(sortBy), descending, 1, count, keyset);
    }

    private static dev.roster.scim.filter.Filter filter(String filter) {
        return filter == null ? null : FilterParser.parse(filter);
    }

    private static AttributePath path(String sortBy) {
        return sortBy == null ? null : FilterParser.parsePath(sortBy).attribute();
    }

    private static JsonObject attributes(String... familyName) {
        var document = Json.createObjectBuilder();
        if (familyName.length == 2) {
            document.add("name", Json.createObjectBuilder().add(familyName[0], familyName[1]));
        }
        return document.build();
    }

    private static List<String> ids(Page<StoredResource> page) {
        return page.items().stream().map(StoredResource::id).toList();
    }
}
