package dev.roster.admin.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {

    private static final long NOW = 10_000_000L;
    private final LoginThrottlePolicy policy = LoginThrottlePolicy.DEFAULT;

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
}
