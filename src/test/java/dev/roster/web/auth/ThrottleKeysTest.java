package dev.roster.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ThrottleKeysTest {

    @Test
    void oneAddressSharesItsAddressCounterAcrossUsernames() {
        ThrottleKeys alice = ThrottleKeys.of("alice", "203.0.113.9");
        ThrottleKeys bob = ThrottleKeys.of("bob", "203.0.113.9");
        assertEquals(alice.address(), bob.address());
        assertNotEquals(alice.account(), bob.account());
    }

    @Test
    void aUsernameFromAnotherAddressHasCountersOfItsOwn() {
        ThrottleKeys here = ThrottleKeys.of("admin", "203.0.113.9");
        ThrottleKeys there = ThrottleKeys.of("admin", "198.51.100.4");
        assertNotEquals(here.address(), there.address());
        assertNotEquals(here.account(), there.account(), "no counter of a username alone: no lock-out from elsewhere");
    }

    @Test
    void caseAndIpv6InterfaceIdsBuyNoFreshAttempts() {
        assertEquals(ThrottleKeys.of("Admin", "203.0.113.9"), ThrottleKeys.of("admin", "203.0.113.9"));
        assertEquals(
                ThrottleKeys.of("admin", "2001:db8:1:2::1"),
                ThrottleKeys.of("admin", "2001:db8:1:2:ffff:eeee:dddd:cccc"));
        assertNotEquals(ThrottleKeys.of("admin", "2001:db8:1:2::1"), ThrottleKeys.of("admin", "2001:db8:1:3::1"));
        assertEquals("2001:db8:1:2:0:0:0:0/64", ThrottleKeys.networkOf("2001:db8:1:2:3:4:5:6"));
        assertEquals("192.0.2.7", ThrottleKeys.networkOf("::ffff:192.0.2.7"));
    }

    @Test
    void theKeysAreHashesThatNeverCollideAcrossKinds() {
        ThrottleKeys keys = ThrottleKeys.of("", "203.0.113.9");
        assertEquals(64, keys.address().length());
        assertNotEquals(keys.address(), keys.account(), "an empty username is still an account counter");
    }
}
