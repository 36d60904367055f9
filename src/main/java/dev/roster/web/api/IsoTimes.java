package dev.roster.web.api;

import dev.roster.web.api.problem.ApiProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** ISO-8601 query parameters: an instant with Z or an offset, or a date meaning its midnight UTC. */
public final class IsoTimes {

    private IsoTimes() {}

    /** Epoch milliseconds, or null when the parameter is absent. */
    public static Long parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .toEpochMilli();
            }
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name + " must be an ISO-8601 date-time such as 2025-01-31T12:00:00Z");
        }
    }

    public static Instant instant(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
    }
}
