package dev.roster.directory.index;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

/** SCIM dateTime values (xsd:dateTime with an offset) as epoch milliseconds for ordering and comparison. */
public final class ScimDateTimes {

    private ScimDateTimes() {}

    public static OptionalLong toEpochMillis(String value) {
        try {
            return OptionalLong.of(OffsetDateTime.parse(value).toInstant().toEpochMilli());
        } catch (DateTimeParseException e) {
            return OptionalLong.empty();
        }
    }
}
