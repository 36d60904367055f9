package dev.roster.admin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roster.admin.api.problem.ApiProblem;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsToTheFirstFiftyItems() {
        assertEquals(new PageRequest(1, 50), PageRequest.of(null, null, null, null, 500));
        assertEquals(new PageRequest(1, 10), PageRequest.of(null, null, null, null, 10));
    }

    @Test
    void scimStyleIsClampedAsRfc7644Says() {
        assertEquals(new PageRequest(1, 0), PageRequest.of("-5", "-1", null, null, 500));
        assertEquals(new PageRequest(7, 500), PageRequest.of("7", "100000", null, null, 500));
    }

    @Test
    void pageStyleTranslatesToAStartIndex() {
        assertEquals(new PageRequest(21, 10), PageRequest.of(null, null, "3", "10", 500));
        assertEquals(new PageRequest(1, 25), PageRequest.of(null, null, "1", "25", 500));
    }

    @Test
    void pageStyleOutOfRangeIsAnError() {
        assertThrows(ApiProblem.class, () -> PageRequest.of(null, null, "0", "10", 500));
        assertThrows(ApiProblem.class, () -> PageRequest.of(null, null, "1", "0", 500));
        assertThrows(ApiProblem.class, () -> PageRequest.of(null, null, "1", "501", 500));
        assertThrows(ApiProblem.class, () -> PageRequest.of(null, null, "999999999999", "500", 500));
    }

    @Test
    void mixingStylesOrNonNumbersIsAnError() {
        assertThrows(ApiProblem.class, () -> PageRequest.of("1", null, "2", null, 500));
        assertThrows(ApiProblem.class, () -> PageRequest.of("one", null, null, null, 500));
    }
}
