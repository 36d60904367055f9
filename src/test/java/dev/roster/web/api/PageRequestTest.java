package dev.roster.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roster.web.api.problem.ApiProblem;
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

    @Test
    void aPageBeyondTheLastIndexIsA400NamingThePageNeverAnOverflow() {
        // (page - 1) * size overflowed a long here and reached the database as a negative offset: a 500.
        ApiProblem e =
                assertThrows(ApiProblem.class, () -> PageRequest.of(null, null, "9223372036854775807", "500", 500));
        assertEquals(400, e.status());
        assertEquals("page must be at most 4294968 with size 500", e.getMessage());
        assertEquals(
                "page must be at most 2147483647 with size 1",
                assertThrows(ApiProblem.class, () -> PageRequest.of(null, null, "2147483648", "1", 500))
                        .getMessage());
        assertEquals(new PageRequest(2147483647, 1), PageRequest.of(null, null, "2147483647", "1", 500));
        assertEquals(new PageRequest(2147483501, 500), PageRequest.of(null, null, "4294968", "500", 500));
        assertEquals(
                "page must be an integer",
                assertThrows(ApiProblem.class, () -> PageRequest.of(null, null, "99999999999999999999", "10", 500))
                        .getMessage());
    }

    @Test
    void scimStyleWindowsNameTheirOwnParameters() {
        assertEquals(
                new PageRequest(1, 100), PageRequest.scimStyle("membersStart", null, "membersCount", null, 100, 1000));
        assertEquals(
                new PageRequest(Integer.MAX_VALUE, 1000),
                PageRequest.scimStyle("membersStart", "9223372036854775807", "membersCount", "5000", 100, 1000));
        assertEquals(
                "membersStart must be an integer",
                assertThrows(
                                ApiProblem.class,
                                () -> PageRequest.scimStyle("membersStart", "x", "membersCount", null, 100, 1000))
                        .getMessage());
        assertEquals(
                "membersCount must be an integer",
                assertThrows(
                                ApiProblem.class,
                                () -> PageRequest.scimStyle("membersStart", null, "membersCount", "1e3", 100, 1000))
                        .getMessage());
    }
}
