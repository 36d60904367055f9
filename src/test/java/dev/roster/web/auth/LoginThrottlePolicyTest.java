package dev.roster.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {

    private static final long NOW = 10_000_000L;
    private final LoginThrottlePolicy policy = LoginThrottlePolicy.PER_ACCOUNT_AND_ADDRESS;

    @Test
    void theFirstFiveFailuresCostNothing() {
        for (int failures = 0; failures < 5; failures++) {
            assertEquals(0, policy.waitMillis(failures, NOW, NOW));
        }
    }

    @Test
    void afterFiveFailuresTheWaitDoublesFromOneSecond() {
        assertEquals(1000, policy.waitMillis(5, NOW, NOW));
        assertEquals(2000, policy.waitMillis(6, NOW, NOW));
        assertEquals(4000, policy.waitMillis(7, NOW, NOW));
        assertEquals(400, policy.waitMillis(5, NOW, NOW + 600), "counted from the latest failure");
        assertEquals(0, policy.waitMillis(5, NOW, NOW + 1000));
    }

    @Test
    void theWaitIsCapped() {
        assertEquals(Duration.ofMinutes(15).toMillis(), policy.waitMillis(60, NOW, NOW));
        assertEquals(Duration.ofMinutes(15).toMillis(), policy.waitMillis(Integer.MAX_VALUE, NOW, NOW));
    }

    @Test
    void oldFailuresAreForgotten() {
        long later = NOW + Duration.ofMinutes(16).toMillis();
        assertTrue(policy.isStale(NOW, later));
        assertEquals(0, policy.waitMillis(9, NOW, later));
        assertFalse(policy.isStale(NOW, NOW + Duration.ofMinutes(14).toMillis()));
    }

    @Test
    void oneAddressMayFailTwiceAsOftenAcrossUsernamesAsForOne() {
        LoginThrottlePolicy address = LoginThrottlePolicy.PER_ADDRESS;
        assertEquals(0, address.waitMillis(9, NOW, NOW));
        assertEquals(1000, address.waitMillis(10, NOW, NOW));
        assertEquals(2 * policy.freeFailures(), address.freeFailures());
    }

    @Test
    void aFailureAfterTheWindowCountsAsTheFirst() {
        assertEquals(7, policy.failuresAfterOneMore(6, NOW, NOW + 1000));
        assertEquals(
                1,
                policy.failuresAfterOneMore(6, NOW, NOW + Duration.ofMinutes(16).toMillis()));
        assertEquals(Duration.ofMinutes(30).toMillis(), policy.forgottenAfterMillis());
    }

    @Test
    void noFurtherCheckStartsWhileEarlierOnesRun() {
        assertEquals(0, policy.waitMillis(4, 3, NOW, NOW), "the free ones may run side by side");
        assertEquals(1000, policy.waitMillis(5, 1, NOW, NOW + 5000), "delay over, but a check still runs");
        assertEquals(0, policy.waitMillis(5, 0, NOW, NOW + 5000));
        assertEquals(
                0,
                policy.waitMillis(5, 1, NOW, NOW + LoginThrottlePolicy.CHECK_TIMEOUT_MILLIS + 1),
                "a check running this long died with its node");
    }
}
