package dev.roster.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roster.web.api.problem.ApiProblem;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IsoTimesTest {

    @Test
    void instantsWithZoneOrOffsetAndPlainDates() {
        assertEquals(
                Instant.parse("2025-01-31T12:00:00Z").toEpochMilli(), IsoTimes.parse("since", "2025-01-31T12:00:00Z"));
        assertEquals(
                Instant.parse("2025-01-31T10:00:00Z").toEpochMilli(),
                IsoTimes.parse("since", "2025-01-31T12:00:00+02:00"));
        assertEquals(Instant.parse("2025-01-31T00:00:00Z").toEpochMilli(), IsoTimes.parse("since", "2025-01-31"));
    }

    @Test
    void absentIsNullAndGarbageIsAnError() {
        assertNull(IsoTimes.parse("since", null));
        assertNull(IsoTimes.parse("since", " "));
        assertThrows(ApiProblem.class, () -> IsoTimes.parse("since", "yesterday"));
        assertThrows(ApiProblem.class, () -> IsoTimes.parse("since", "2025-13-01"));
    }
}
