package dev.roster.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.it.Http;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An Okta-style import (create each user, then one PATCH changing two attributes) by 4 concurrent workers,
 * during which a node is killed with SIGKILL once enough writes were acknowledged. Before the kill the
 * requests go through the given nodes in turn (a user's create through one, its PATCH through the next);
 * after it, through the survivor if there is one (a create cut by the kill is retried there, as an IdP would),
 * else the import ends. Then {@link #verify} checks the directory against what was acknowledged.
 */
final class KillMidImport {

    static final int WORKERS = 4;

    final String prefix = "import-" + System.nanoTime();
    final Map<String, String> createdIds = new ConcurrentHashMap<>(); // userName -> id, for every 201
    final Set<String> patchAcknowledged = ConcurrentHashMap.newKeySet(); // user ids, 200/204 seen
    final Set<String> patchUnknown = ConcurrentHashMap.newKeySet(); // user ids, connection cut
    final Set<String> createRetried = ConcurrentHashMap.newKeySet(); // userNames
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger acknowledged = new AtomicInteger();
    final AtomicInteger acknowledgedAfterKill = new AtomicInteger();
    final AtomicInteger cutByKill = new AtomicInteger();

    private final List<OktaTraffic> before;
    private final OktaTraffic survivor;
    private final Runnable kill;
    private final AtomicBoolean killed = new AtomicBoolean();
    private final CountDownLatch killDone = new CountDownLatch(1);

    KillMidImport(List<OktaTraffic> before, OktaTraffic survivor, Runnable kill) {
        this.before = before;
        this.survivor = survivor;
        this.kill = kill;
    }

    /** Imports {@code users} users, killing after {@code killAfter} acknowledged writes. */
    KillMidImport run(int users, int killAfter) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            running.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < users; i = next.getAndIncrement()) {
                    if (killed.get() && survivor == null) {
                        return null;
                    }
                    importOne(i, killAfter);
                }
                return null;
            }));
        }
        workers.shutdown();
        for (Future<?> worker : running) {
            worker.get(10, TimeUnit.MINUTES);
        }
        assertTrue(killDone.await(60, TimeUnit.SECONDS), "the node was killed during the import");
        return this;
    }

    private OktaTraffic via(int i) {
        return killed.get() ? survivor : before.get(i % before.size());
    }

    private void importOne(int i, int killAfter) {
        String userName = prefix + "-" + i + "@example.com";
        OktaTraffic createVia = via(i);
        if (createVia == null) {
            return;
        }
        Http.Reply created = attempt(() -> createVia.createUser(userName));
        if (created == null) {
            if (survivor == null) {
                return;
            }
            // Cut by the kill: the IdP sends it again elsewhere; a 409 means the first attempt committed.
            createRetried.add(userName);
            created = survivor.createUser(userName);
        }
        boolean afterKill = killed.get();
        if (created.status() == 201) {
            createdIds.put(userName, created.json().getString("id"));
            acknowledge(afterKill);
        } else if (created.status() != 409 || !createRetried.contains(userName)) {
            errors.add("create " + userName + ": " + created);
            return;
        } else {
            return;
        }
        if (acknowledged.get() >= killAfter && killed.compareAndSet(false, true)) {
            new Thread(
                            () -> {
                                kill.run();
                                killDone.countDown();
                            },
                            "kill-node")
                    .start();
        }
        String id = created.json().getString("id");
        OktaTraffic patchVia = via(i + 1);
        if (patchVia == null) {
            return;
        }
        Http.Reply patched = attempt(() -> patchVia.patchTwoAttributes(id, "Patched " + id, "title-" + id));
        if (patched == null) {
            patchUnknown.add(id);
        } else if (patched.status() == 200 || patched.status() == 204) {
            patchAcknowledged.add(id);
            acknowledge(killed.get());
        } else {
            errors.add("patch " + id + ": " + patched);
        }
    }

    private void acknowledge(boolean afterKill) {
        acknowledged.incrementAndGet();
        if (afterKill) {
            acknowledgedAfterKill.incrementAndGet();
        }
    }

    private interface Request {
        Http.Reply send();
    }

    /** The reply, or null when the connection failed (the node was killed with the request in flight). */
    private Http.Reply attempt(Request request) {
        try {
            return request.send();
        } catch (UncheckedIOException e) {
            if (!killed.get()) {
                errors.add("connection failed before the kill: " + e.getMessage());
            }
            cutByKill.incrementAndGet();
            return null;
        }
    }

    /**
     * Every acknowledged create is there with its id, every acknowledged PATCH wholly applied, every other
     * PATCH wholly applied or not at all, and no userName twice. Returns the users found.
     */
    Map<String, JsonObject> verify(OktaTraffic via) {
        Map<String, JsonObject> stored = allUsers(via);
        for (Map.Entry<String, String> created : createdIds.entrySet()) {
            JsonObject user = stored.get(created.getKey());
            assertNotNull(user, "the acknowledged create of " + created.getKey() + " survived");
            assertEquals(created.getValue(), user.getString("id"));
        }
        for (JsonObject user : stored.values()) {
            String id = user.getString("id");
            String displayName = user.getString("displayName", null);
            String title = user.getString("title", null);
            boolean applied = ("Patched " + id).equals(displayName) && ("title-" + id).equals(title);
            boolean untouched = "Jane Doe".equals(displayName) && title == null;
            if (patchAcknowledged.contains(id)) {
                assertTrue(applied, "the acknowledged PATCH of " + id + " is wholly applied: " + user);
            } else {
                assertTrue(applied || untouched, "the PATCH of " + id + " is applied wholly or not at all: " + user);
            }
        }
        for (String userName : createRetried) {
            assertTrue(stored.containsKey(userName), "a create retried after the kill left its user: " + userName);
        }
        return stored;
    }

    String summary(int stored) {
        return String.format(
                "%d users stored; %d creates and %d PATCHes acknowledged (%d writes after the kill); "
                        + "%d requests cut by the kill (%d PATCHes of unknown outcome, %d creates retried)",
                stored,
                createdIds.size(),
                patchAcknowledged.size(),
                acknowledgedAfterKill.get(),
                cutByKill.get(),
                patchUnknown.size(),
                createRetried.size());
    }

    /** Every user of this import, by userName (each must occur once). */
    private Map<String, JsonObject> allUsers(OktaTraffic via) {
        Map<String, JsonObject> users = new HashMap<>();
        Set<String> ids = new HashSet<>();
        int start = 1;
        while (true) {
            Http.Reply page = via.get(
                    "Users?count=1000&startIndex=" + start + "&filter=" + encode("userName sw \"" + prefix + "\""));
            assertEquals(200, page.status(), page.toString());
            var resources = page.json().getJsonArray("Resources");
            if (resources == null || resources.isEmpty()) {
                return users;
            }
            for (JsonValue value : resources) {
                JsonObject user = value.asJsonObject();
                assertTrue(ids.add(user.getString("id")));
                assertTrue(
                        users.put(user.getString("userName"), user) == null,
                        "userName " + user.getString("userName") + " exists once");
            }
            start += resources.size();
            if (start > page.json().getInt("totalResults")) {
                return users;
            }
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
