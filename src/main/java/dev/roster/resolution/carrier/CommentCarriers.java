package dev.roster.resolution.carrier;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Recognises carriers in comments: a comment whose body, after leading whitespace, starts with a marker
 * (ignoring case) followed by whitespace, {@code :}, {@code =}, a quote, <code>{</code> or the end. Both comment
 * forms are accepted for every marker, because whether a preamble writes {@code --} or {@code /* *}{@code /}
 * is up to whoever configures it. A marker anywhere else in a comment is prose, not a carrier.
 */
final class CommentCarriers {

    private record Marker(String name, CarrierKind kind) {}

    /** Longest first, so that a marker which is a prefix of another ("Roster", "Roster Context") loses. */
    private final List<Marker> markers;

    CommentCarriers(CarrierMarkers names) {
        this.markers = List.of(
                        new Marker(names.lookerContext(), CarrierKind.LOOKER_CONTEXT),
                        new Marker(names.email(), CarrierKind.LOOKER_EMAIL),
                        new Marker(names.customContext(), CarrierKind.CUSTOM_CONTEXT))
                .stream()
                .sorted(Comparator.comparingInt((Marker m) -> m.name().length()).reversed())
                .toList();
    }

    /**
     * The carrier in a comment token, if its body starts with a marker; a recognised but unusable carrier is
     * an {@link UnattributedFinding}.
     */
    Optional<CarrierFinding> read(SqlToken comment, int statementIndex) {
        String body = comment.text();
        int start = skipWhitespace(body, 0);
        for (Marker marker : markers) {
            if (startsWithMarker(body, start, marker.name())) {
                String payload = body.substring(start + marker.name().length());
                return Optional.of(read(marker.kind(), payload, comment.unterminated(), statementIndex));
            }
        }
        return Optional.empty();
    }

    private static CarrierFinding read(CarrierKind kind, String payload, boolean unterminated, int statementIndex) {
        try {
            if (unterminated) {
                // The database rejects the statement, and the payload runs to the end of the input.
                throw new CarrierFormatException("comment is not closed");
            }
            if (kind == CarrierKind.LOOKER_EMAIL) {
                return email(payload, statementIndex);
            }
            String json = unquote(payload.strip());
            return kind == CarrierKind.LOOKER_CONTEXT
                    ? LookerContextReader.read(json, statementIndex)
                    : CustomContextReader.read(json, statementIndex);
        } catch (CarrierFormatException e) {
            return UnattributedFinding.malformed(kind, statementIndex, e.getMessage());
        }
    }

    /** {@code roster.email: jane@example.com}, with ':' or '=' optional. */
    private static CarrierFinding email(String payload, int statementIndex) throws CarrierFormatException {
        String value = payload.strip();
        if (value.startsWith(":") || value.startsWith("=")) {
            value = value.substring(1).strip();
        }
        if (value.isEmpty()) {
            return UnattributedFinding.emptyUser(
                    CarrierKind.LOOKER_EMAIL,
                    statementIndex,
                    "email comment without an address: the user attribute is empty");
        }
        return EmailFinding.looker(statementIndex, IdentityValues.requireEmail(value, "email comment value"));
    }

    /** Looker wraps its JSON in single quotes; a custom context may or may not. */
    private static String unquote(String payload) {
        if (payload.length() >= 2 && payload.charAt(0) == '\'' && payload.charAt(payload.length() - 1) == '\'') {
            return payload.substring(1, payload.length() - 1);
        }
        return payload;
    }

    private static boolean startsWithMarker(String body, int start, String marker) {
        if (!body.regionMatches(true, start, marker, 0, marker.length())) {
            return false;
        }
        int after = start + marker.length();
        if (after == body.length()) {
            return true;
        }
        char c = body.charAt(after);
        return Character.isWhitespace(c) || c == ':' || c == '=' || c == '\'' || c == '{' || c == '"';
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
