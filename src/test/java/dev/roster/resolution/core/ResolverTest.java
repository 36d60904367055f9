package dev.roster.resolution.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.resolution.carrier.CarrierFinding;
import dev.roster.resolution.carrier.CarrierMarkers;
import dev.roster.resolution.carrier.CarrierParser;
import dev.roster.scim.spi.GroupRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The resolver's decisions against a fake directory, Looker mapping and session store. */
class ResolverTest {

    private static final String DIR = "okta-1";
    private static final String LOOKER_7 =
            "-- Looker Query Context '{\"user_id\":7,\"history_slug\":\"h1\"}'\nSELECT 1";

    private final FakeDirectory directory = new FakeDirectory();
    private final FakeLooker looker = new FakeLooker();
    private final FakeSessions sessions = new FakeSessions();
    private final Resolver resolver = new Resolver(directory, looker, sessions);

    ResolverTest() {
        directory.add(new DirectoryUser("u1", "jdoe", "jane@example.com", "Jane Doe", true), "Finance", "All staff");
        directory.add(new DirectoryUser("u2", "bob", "bob@example.com", "Bob", false), "Finance");
        directory.add(new DirectoryUser("u3", "twin1", "twin@example.com", null, true));
        directory.add(new DirectoryUser("u4", "twin2", "twin@example.com", null, true));
        directory.add(new DirectoryUser("u5", "asmith@example.com", "alice@corp.example", "Alice", true), "Sales");
        looker.map.put(7L, "Jane@Example.com");
    }

    private static AccountConfig account(Application application, IdentityKey key, boolean groups) {
        return account(application, key, groups, CarrierMarkers.defaults());
    }

    private static AccountConfig account(
            Application application, IdentityKey key, boolean groups, CarrierMarkers markers) {
        return new AccountConfig(
                "acc-" + application,
                "svc",
                "repo-1",
                "warehouse",
                application,
                DIR,
                groups,
                key,
                true,
                new CarrierParser(markers),
                null);
    }

    @Test
    void lookerContextMapsTheUserIdToAnEmailAndReturnsNestedGroups() {
        Resolution r =
                resolver.resolve(account(Application.LOOKER, IdentityKey.USER_NAME, true), null, List.of(LOOKER_7));
        assertTrue(r.attributed(), r.toString());
        assertEquals("jdoe", r.user().userName());
        assertEquals(List.of("All staff", "Finance"), r.groups());
        assertEquals("looker-context", r.carrier());
        assertEquals("h1", r.claimDetails().getString("historySlug"));
    }

    @Test
    void unmappedLookerIdsSayWhy() {
        AccountConfig looker7 = account(Application.LOOKER, IdentityKey.USER_NAME, true);
        String looker8 = "-- Looker Query Context '{\"user_id\":8}'\nSELECT 1";
        assertEquals(
                "unknown-looker-user",
                resolver.resolve(looker7, null, List.of(looker8)).reason());
        looker.status = LookerUsers.LookerEmail.Status.UNAVAILABLE;
        assertEquals(
                "looker-unavailable",
                resolver.resolve(looker7, null, List.of(looker8)).reason());
        looker.status = LookerUsers.LookerEmail.Status.NOT_CONFIGURED;
        assertEquals(
                "no-looker-mapping",
                resolver.resolve(looker7, null, List.of(looker8)).reason());
    }

    @Test
    void lookerEmailCommentMustAgreeWithTheContextWhenIdsCanBeMapped() {
        AccountConfig account = account(Application.LOOKER, IdentityKey.USER_NAME, true);
        String agreeing = "-- Looker Query Context '{\"user_id\":7}'\n-- roster.email: jane@example.com\nSELECT 1";
        assertTrue(resolver.resolve(account, null, List.of(agreeing)).attributed());
        String forged = "-- Looker Query Context '{\"user_id\":7}'\n-- roster.email: asmith@example.com\nSELECT 1";
        Resolution r = resolver.resolve(account, null, List.of(forged));
        assertEquals("carrier-mismatch", r.reason());
        // Without any way to map Looker ids the email comment alone decides (the preamble-only setup).
        looker.status = LookerUsers.LookerEmail.Status.NOT_CONFIGURED;
        assertEquals(
                "email",
                Resolution.claimType(resolver.resolve(account, null, List.of(agreeing))
                        .claim()
                        .keyType()));
        assertTrue(resolver.resolve(account, null, List.of(agreeing)).attributed());
    }

    @Test
    void emailLookupsIgnoreCaseAndDetectAmbiguity() {
        AccountConfig account = account(Application.LOOKER, IdentityKey.USER_NAME, true);
        assertEquals(
                "jdoe",
                resolver.resolve(account, null, List.of("-- roster.email: JANE@example.COM\nSELECT 1"))
                        .user()
                        .userName());
        Resolution twin = resolver.resolve(account, null, List.of("-- roster.email: twin@example.com\nSELECT 1"));
        assertEquals("ambiguous-email", twin.reason());
        assertNull(twin.user());
        assertEquals(
                "unknown-user",
                resolver.resolve(account, null, List.of("-- roster.email: nobody@example.com\nSELECT 1"))
                        .reason());
    }

    @Test
    void inactiveUsersAreNamedWithoutGroups() {
        Resolution r = resolver.resolve(
                account(Application.CUSTOM, IdentityKey.USER_NAME, true),
                null,
                List.of("/* RosterContext {\"user\":\"BOB\"} */ SELECT 1"));
        assertFalse(r.attributed());
        assertEquals("inactive-user", r.reason());
        assertEquals("u2", r.user().id());
        assertFalse(r.user().active());
        assertEquals(List.of(), r.groups());
    }

    @Test
    void groupRetrievalOffAnswersNoGroupsAndDoesNotAskForThem() {
        Resolution r = resolver.resolve(
                account(Application.CUSTOM, IdentityKey.USER_NAME, false),
                null,
                List.of("/* RosterContext {\"user\":\"jdoe\"} */ SELECT 1"));
        assertTrue(r.attributed());
        assertEquals(List.of(), r.groups());
        assertEquals(List.of(false), directory.groupRequests);
    }

    @Test
    void identityKeyEmailMatchesUserNamesFromCarriersAgainstEmails() {
        AccountConfig byEmail = account(Application.TABLEAU, IdentityKey.EMAIL, true);
        Resolution r = resolver.resolve(byEmail, null, List.of("SELECT 'roster.enduser', 'alice@corp.example'"));
        assertEquals("asmith@example.com", r.user().userName());
        AccountConfig byName = account(Application.TABLEAU, IdentityKey.USER_NAME, true);
        assertEquals(
                "unknown-user",
                resolver.resolve(byName, null, List.of("SELECT 'roster.enduser', 'alice@corp.example'"))
                        .reason());
    }

    @Test
    void tableauInitialSqlHoldsForTheSessionAcrossRequests() {
        AccountConfig tableau = account(Application.TABLEAU, IdentityKey.USER_NAME, true);
        Resolution first = resolver.resolve(tableau, "s1", List.of("SELECT 'roster.enduser', 'CORP\\jdoe'"));
        assertTrue(first.attributed());
        assertEquals("CORP\\jdoe", first.claimDetails().getString("qualifiedName"));
        assertEquals(1, sessions.puts);
        Resolution later = resolver.resolve(tableau, "s1", List.of("SELECT * FROM sales"));
        assertEquals("jdoe", later.user().userName());
        assertEquals("tableau-initial-sql", later.carrier());
        assertEquals(
                "no-carrier",
                resolver.resolve(tableau, "s2", List.of("SELECT 1")).reason());
        assertEquals(
                "no-carrier",
                resolver.resolve(tableau, null, List.of("SELECT 1")).reason());
        // An extract refresh: the session stays unattributed with that reason.
        resolver.resolve(tableau, "s3", List.of("SELECT 'roster.enduser', ''"));
        assertEquals(
                "empty-user",
                resolver.resolve(tableau, "s3", List.of("SELECT 1")).reason());
    }

    @Test
    void initialSqlEarlierInTheRequestAppliesWithoutASessionId() {
        AccountConfig tableau = account(Application.TABLEAU, IdentityKey.USER_NAME, true);
        Resolution r = resolver.resolve(tableau, null, List.of("SELECT 'roster.enduser', 'jdoe'", "SELECT 2"));
        assertTrue(r.attributed());
        assertEquals(0, sessions.puts);
        assertEquals(0, sessions.gets);
    }

    @Test
    void statementsWithTheirOwnCarriersNeverReadTheSessionStore() {
        AccountConfig account = account(Application.LOOKER, IdentityKey.USER_NAME, true);
        resolver.resolve(account, "s1", List.of(LOOKER_7));
        assertEquals(0, sessions.gets);
    }

    @Test
    void carriersOfOtherApplicationsAreIgnored() {
        AccountConfig tableau = account(Application.TABLEAU, IdentityKey.USER_NAME, true);
        assertEquals(
                "no-carrier",
                resolver.resolve(tableau, null, List.of("/* RosterContext {\"user\":\"jdoe\"} */ SELECT 1"))
                        .reason());
        AccountConfig lookerAccount = account(Application.LOOKER, IdentityKey.USER_NAME, true);
        assertEquals(
                "no-carrier",
                resolver.resolve(lookerAccount, "s9", List.of("SELECT 'roster.enduser', 'jdoe'"))
                        .reason());
        assertEquals(0, sessions.puts);
    }

    @Test
    void markerNamesComeFromTheAccount() {
        AccountConfig custom = account(
                Application.CUSTOM,
                IdentityKey.USER_NAME,
                true,
                CarrierMarkers.defaults().withCustomContext("AcmeCtx"));
        assertTrue(resolver.resolve(custom, null, List.of("/* AcmeCtx {\"user\":\"jdoe\"} */ SELECT 1"))
                .attributed());
        assertEquals(
                "no-carrier",
                resolver.resolve(custom, null, List.of("/* RosterContext {\"user\":\"jdoe\"} */ SELECT 1"))
                        .reason());
    }

    @Test
    void carrierReasonsPassThrough() {
        AccountConfig custom = account(Application.CUSTOM, IdentityKey.USER_NAME, true);
        assertEquals(
                "malformed-carrier",
                resolver.resolve(custom, null, List.of("/* RosterContext {\"user\": */ SELECT 1"))
                        .reason());
        assertEquals("no-carrier", resolver.resolve(custom, null, List.of()).reason());
    }

    // ------------------------------------------------------------------------------------------------

    static final class FakeDirectory implements Directory {
        final List<DirectoryUser> users = new ArrayList<>();
        final Map<String, List<GroupRef>> groups = new HashMap<>();
        final List<Boolean> groupRequests = new ArrayList<>();

        void add(DirectoryUser user, String... groupNames) {
            users.add(user);
            List<GroupRef> refs = new ArrayList<>();
            for (String name : groupNames) {
                refs.add(new GroupRef("g-" + name, name, true));
            }
            refs.sort((a, b) -> a.display().compareToIgnoreCase(b.display()));
            groups.put(user.id(), refs);
        }

        @Override
        public IdentityLookup byUserName(String integrationId, String userName, boolean withGroups) {
            assertEquals(userName.toLowerCase(Locale.ROOT), userName, "keys arrive lower-cased");
            return lookup(
                    users.stream()
                            .filter(u -> u.userName().equalsIgnoreCase(userName))
                            .toList(),
                    withGroups);
        }

        @Override
        public IdentityLookup byEmail(String integrationId, String email, boolean withGroups) {
            assertEquals(email.toLowerCase(Locale.ROOT), email, "keys arrive lower-cased");
            return lookup(
                    users.stream()
                            .filter(u -> email.equalsIgnoreCase(u.email()))
                            .toList(),
                    withGroups);
        }

        private IdentityLookup lookup(List<DirectoryUser> matches, boolean withGroups) {
            groupRequests.add(withGroups);
            if (matches.isEmpty()) {
                return IdentityLookup.UNKNOWN;
            }
            if (matches.size() > 1) {
                return IdentityLookup.AMBIGUOUS;
            }
            DirectoryUser user = matches.get(0);
            return IdentityLookup.found(user, withGroups ? groups.get(user.id()) : List.of());
        }
    }

    static final class FakeLooker implements LookerUsers {
        final Map<Long, String> map = new HashMap<>();
        LookerEmail.Status status = LookerEmail.Status.UNKNOWN;

        @Override
        public LookerEmail emailOf(AccountConfig account, long lookerUserId) {
            String email = map.get(lookerUserId);
            if (email != null && status == LookerEmail.Status.UNKNOWN) {
                return LookerEmail.found(email);
            }
            return LookerEmail.of(status);
        }
    }

    static final class FakeSessions implements SessionCarriers {
        final Map<String, CarrierFinding> stored = new HashMap<>();
        int gets;
        int puts;

        @Override
        public Optional<CarrierFinding> get(String accountId, String sessionId) {
            gets++;
            return Optional.ofNullable(stored.get(accountId + "/" + sessionId));
        }

        @Override
        public void put(String accountId, String sessionId, CarrierFinding carrier) {
            puts++;
            stored.put(accountId + "/" + sessionId, carrier);
        }
    }
}
