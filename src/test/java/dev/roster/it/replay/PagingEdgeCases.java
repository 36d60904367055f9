package dev.roster.it.replay;

import static dev.roster.it.replay.ScimAssertions.assertError;
import static dev.roster.it.replay.ScimAssertions.assertList;
import static dev.roster.it.replay.ScimAssertions.assertScim;
import static dev.roster.it.replay.ScimAssertions.ids;
import static dev.roster.it.replay.ScimAssertions.integer;
import static dev.roster.it.replay.ScimClient.encode;
import static dev.roster.it.replay.ScimClient.unique;
import static dev.roster.it.replay.ScimClient.uniqueUserName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Paging a whole directory: an index page is exactly what {@code startIndex} says (RFC 7644 3.4.2.4), whatever
 * was listed, deleted or created before; a cursor walk (RFC 9865) meets every resource that existed throughout
 * exactly once; cursors work only for the integration, listing and query they were issued for. Each test pages
 * a directory of its own (a new integration), so the totals are the test's own.
 */
interface PagingEdgeCases extends ReplayContext {

    @Test
    @DisplayName("startIndex after deletes and creates: the page holds what that index is now, not what it was")
    default void indexPageIsTheOffsetPageAfterTheDirectoryChanged() {
        ScimClient client = ScimClient.ofNewIntegration(base(), "paging-repro");
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            before.add(client.createGroup(unique("before-" + i)));
        }
        assertList(client.get("Groups?startIndex=1&count=2"), 4, 2, 1);
        for (String id : before) {
            assertEquals(204, client.delete("Groups/" + id).status());
        }
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            after.add(client.createGroup(unique("after-" + i)));
        }

        List<String> listing = ids(assertList(client.get("Groups?startIndex=1&count=100"), 3, 3, 1));
        assertEquals(Set.copyOf(after), Set.copyOf(listing));
        assertEquals(
                List.of(listing.get(2)),
                ids(assertList(client.get("Groups?startIndex=3&count=100"), 3, 1, 3)),
                "the third group, and only it");
    }

    @Test
    @DisplayName(
            "Cursor paging (RFC 9865): a walk meets every user that existed throughout exactly once, while others come and go")
    default void cursorWalkIsExactUnderConcurrentCreatesAndDeletes() throws Exception {
        ScimClient client = ScimClient.ofNewIntegration(base(), "cursor-walk");
        Set<String> stable = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            stable.add(client.createUserId(uniqueUserName("stable-" + i)));
        }
        AtomicBoolean walking = new AtomicBoolean(true);
        CountDownLatch churning = new CountDownLatch(3);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> churn = pool.submit(() -> {
            List<String> mine = new ArrayList<>();
            int writes = 0;
            while ((walking.get() || churning.getCount() > 0) && writes < 500) {
                if (mine.size() < 3) {
                    mine.add(client.createUserId(uniqueUserName("churn")));
                } else {
                    assertEquals(204, client.delete("Users/" + mine.remove(0)).status());
                }
                churning.countDown();
                writes++;
            }
            return writes;
        });
        List<String> met = new ArrayList<>();
        try {
            assertTrue(churning.await(60, TimeUnit.SECONDS), "users come and go before the walk starts");
            JsonObject page = assertScim(200, client.get("Users?cursor=&count=4"));
            assertFalse(page.containsKey("previousCursor"), "no previous page on the first");
            assertFalse(page.containsKey("startIndex"), "a cursor page has no index");
            met.addAll(ids(page));
            while (page.containsKey("nextCursor")) {
                page = assertScim(200, client.get("Users?count=4&cursor=" + page.getString("nextCursor")));
                assertTrue(page.getJsonArray("Resources").size() <= 4);
                met.addAll(ids(page));
            }
        } finally {
            walking.set(false);
        }
        assertTrue(churn.get(60, TimeUnit.SECONDS) >= 3, "users came and went");
        pool.shutdown();
        assertEquals(met.size(), new HashSet<>(met).size(), "no user twice: " + met);
        assertTrue(met.containsAll(stable), "every user that existed throughout");
    }

    @Test
    @DisplayName("Cursor paging both ways with a filter and sortBy, by GET and by .search, and count=0")
    default void cursorPagesGoBothWaysAndOnlyTheLastHasNoNextCursor() {
        ScimClient client = ScimClient.ofNewIntegration(base(), "cursor-both-ways");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            names.add("walk-" + (char) ('g' - i) + "-" + unique("u") + "@example.com");
            client.createUserId(names.get(i));
        }
        client.createUserId(unique("other") + "@example.com");
        String query = "filter=" + encode("userName sw \"walk-\"") + "&sortBy=userName&sortOrder=descending";
        List<String> expected =
                names.stream().sorted(java.util.Comparator.reverseOrder()).toList();

        JsonObject first = assertScim(200, client.get("Users?" + query + "&count=3&cursor"));
        assertEquals(7, integer(first, "totalResults"));
        assertEquals(3, integer(first, "itemsPerPage"));
        JsonObject second =
                assertScim(200, client.get("Users?" + query + "&count=3&cursor=" + first.getString("nextCursor")));
        JsonObject third =
                assertScim(200, client.get("Users?" + query + "&count=3&cursor=" + second.getString("nextCursor")));
        assertFalse(third.containsKey("nextCursor"), "the last page has no nextCursor");
        List<String> forward = new ArrayList<>();
        for (JsonObject page : List.of(first, second, third)) {
            forward.addAll(userNames(page));
        }
        assertEquals(expected, forward);
        JsonObject back =
                assertScim(200, client.get("Users?" + query + "&count=3&cursor=" + third.getString("previousCursor")));
        assertEquals(userNames(second), userNames(back));

        // The same walk as SearchRequest bodies.
        String search = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                + "\"filter\":\"userName sw \\\"walk-\\\"\",\"sortBy\":\"userName\",\"sortOrder\":\"descending\",\"count\":3,";
        JsonObject posted = assertScim(200, client.post("Users/.search", search + "\"cursor\":\"\"}"));
        assertEquals(userNames(first), userNames(posted));
        JsonObject postedNext = assertScim(
                200, client.post("Users/.search", search + "\"cursor\":\"" + posted.getString("nextCursor") + "\"}"));
        assertEquals(userNames(second), userNames(postedNext));

        JsonObject totalOnly = assertScim(200, client.get("Users?" + query + "&count=0&cursor="));
        assertEquals(7, integer(totalOnly, "totalResults"));
        assertEquals(0, totalOnly.getJsonArray("Resources").size());
        assertEquals(
                userNames(first),
                userNames(assertScim(
                        200, client.get("Users?" + query + "&count=3&cursor=" + totalOnly.getString("nextCursor")))));
    }

    @Test
    @DisplayName("/.search by cursor: users, then groups, each exactly once")
    default void rootSearchCursorWalkListsUsersThenGroups() {
        ScimClient client = ScimClient.ofNewIntegration(base(), "cursor-root");
        for (int i = 0; i < 5; i++) {
            client.createUserId(uniqueUserName("root-" + i));
        }
        for (int i = 0; i < 4; i++) {
            client.createGroup(unique("root-group-" + i));
        }
        String search =
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"count\":2,\"cursor\":\"";
        List<String> met = new ArrayList<>();
        List<JsonObject> pages = new ArrayList<>();
        JsonObject page = assertScim(200, client.post(".search", search + "\"}"));
        pages.add(page);
        met.addAll(ids(page));
        while (page.containsKey("nextCursor")) {
            page = assertScim(200, client.post(".search", search + page.getString("nextCursor") + "\"}"));
            assertEquals(9, integer(page, "totalResults"));
            pages.add(page);
            met.addAll(ids(page));
        }
        List<String> all = new ArrayList<>(ids(assertScim(200, client.get("Users?count=100"))));
        all.addAll(ids(assertScim(200, client.get("Groups?count=100"))));
        assertEquals(9, all.size());
        assertEquals(all, met);
        // Back from the last page, across the change from groups to users.
        List<String> back = new ArrayList<>(ids(page));
        while (page.containsKey("previousCursor")) {
            page = assertScim(200, client.post(".search", search + page.getString("previousCursor") + "\"}"));
            back.addAll(0, ids(page));
        }
        assertEquals(all, back);
    }

    @Test
    @DisplayName("A cursor that is tampered with, or another integration's, listing's or query's: 400 invalidCursor")
    default void foreignAndTamperedCursorsAreInvalidCursor() {
        ScimClient client = ScimClient.ofNewIntegration(base(), "cursor-foreign");
        for (int i = 0; i < 3; i++) {
            client.createUserId(uniqueUserName("foreign-" + i));
            client.createGroup(unique("foreign-group-" + i));
        }
        String users = assertScim(200, client.get("Users?count=1&cursor=")).getString("nextCursor");
        String groups = assertScim(200, client.get("Groups?count=1&cursor=")).getString("nextCursor");
        assertEquals(
                1,
                ids(assertScim(200, client.get("Users?count=1&cursor=" + users)))
                        .size());

        assertError(400, "invalidCursor", okta().get("Users?count=1&cursor=" + users));
        assertError(400, "invalidCursor", client.get("Groups?count=1&cursor=" + users));
        assertError(400, "invalidCursor", client.get("Users?count=1&cursor=" + groups));
        assertError(
                400, "invalidCursor", client.get("Users?count=1&filter=" + encode("userName pr") + "&cursor=" + users));
        assertError(400, "invalidCursor", client.get("Users?count=1&sortBy=userName&cursor=" + users));
        char last = users.charAt(users.length() - 1);
        assertError(
                400,
                "invalidCursor",
                client.get(
                        "Users?count=1&cursor=" + users.substring(0, users.length() - 1) + (last == 'A' ? 'B' : 'A')));
        assertError(400, "invalidCursor", client.get("Users?count=1&cursor=not-a-cursor"));
        assertError(
                400,
                "invalidCursor",
                client.post(
                        "Users/.search",
                        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"cursor\":\"" + groups
                                + "\"}"));
        assertError(400, "invalidValue", client.get("Users?startIndex=1&cursor=" + users));
    }

    @Test
    @DisplayName("ServiceProviderConfig advertises cursor and index paging (RFC 9865 4)")
    default void serviceProviderConfigAdvertisesPagination() {
        JsonObject pagination =
                assertScim(200, okta().get("ServiceProviderConfig")).getJsonObject("pagination");
        assertTrue(pagination.getBoolean("cursor"));
        assertTrue(pagination.getBoolean("index"));
        assertEquals("index", pagination.getString("defaultPaginationMethod"));
        assertEquals(1000, pagination.getInt("maxPageSize"));
        assertEquals(1000, pagination.getInt("defaultPageSize"));
        assertEquals(3600, pagination.getInt("cursorTimeout"));
    }

    private static List<String> userNames(JsonObject list) {
        return list.getJsonArray("Resources").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("userName"))
                .toList();
    }
}
