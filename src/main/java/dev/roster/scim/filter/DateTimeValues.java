package dev.roster.scim.filter;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Reads xsd:dateTime strings (RFC 7643 section 2.3.5) as instants so that values written with different
 * offsets or fraction lengths compare chronologically: Entra sends {@code 2015-10-10T14:38:21.8617979-07:00},
 * we store {@code 2015-10-10T21:38:21Z}.
 */
final class DateTimeValues {

    /** {@code yyyy-MM-ddTHH:mm:ss} */
    private static final int BASE_LENGTH = 19;
    /** java.time keeps nanoseconds; further digits cannot change the order of real timestamps. */
    private static final int MAX_FRACTION_DIGITS = 9;

    private DateTimeValues() {}

    /**
     * The instant a date-time string denotes, or empty when it is not one. Accepts any number of fraction
     * digits and an offset of {@code Z}, {@code +hh:mm}, {@code +hhmm} or {@code +hh}; without an offset the
     * time is taken as UTC (xsd:dateTime allows omitting it, and UTC is what our own timestamps use).
     */
    static Optional<Instant> parse(String text) {
        // Cheap shape check first: most strings compared are names and e-mail addresses, not dates.
        if (text.length() < BASE_LENGTH
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || (text.charAt(10) != 'T' && text.charAt(10) != 't')
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return Optional.empty();
        }
        int i = BASE_LENGTH;
        String fraction = "";
        if (i < text.length() && text.charAt(i) == '.') {
            int start = ++i;
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            if (i == start) {
                return Optional.empty();
            }
            fraction = "." + text.substring(start, Math.min(i, start + MAX_FRACTION_DIGITS));
        }
        String offsetText = text.substring(i);
        try {
            ZoneOffset offset = offsetText.isEmpty() || offsetText.equalsIgnoreCase("Z")
                    ? ZoneOffset.UTC
                    : ZoneOffset.of(offsetText);
            String local = text.substring(0, 10) + 'T' + text.substring(11, BASE_LENGTH) + fraction;
            return Optional.of(LocalDateTime.parse(local).toInstant(offset));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
