package dev.roster.resolution.carrier;

import java.util.Optional;

/**
 * Recognises Tableau's Initial SQL marker statement among the non-comment tokens of one statement:
 * <pre>
 *   SELECT '&lt;marker&gt;' [[AS] alias] , '&lt;value&gt;' [[AS] alias] [FROM …]
 * </pre>
 * where the marker literal equals a configured marker ignoring case and the value is any string literal
 * ({@code '…'}, {@code N'…'}, {@code E'…'}, {@code $$…$$}). {@code FROM …} is allowed because some databases
 * need {@code FROM dual}. {@code SELECT} must open the statement: the same literal inside a larger query is
 * that query's business.
 *
 * <p>Once {@code SELECT '<marker>'} has been seen the statement is committed: a different shape is reported
 * as {@link UnattributedReason#MALFORMED_CARRIER} rather than ignored, since someone meant it as a carrier.
 * A state machine over tokens, so the work per token is constant.
 */
final class TableauSelectRecognizer {

    private enum State {
        START,
        AFTER_SELECT,
        AFTER_MARKER,
        AFTER_MARKER_AS,
        AFTER_MARKER_ALIAS,
        AFTER_COMMA,
        AFTER_VALUE,
        AFTER_VALUE_AS,
        AFTER_VALUE_ALIAS,
        COMPLETE,
        NOT_A_CARRIER,
        MALFORMED
    }

    private final CarrierMarkers markers;
    private State state = State.START;
    private CarrierKind kind;
    private SqlToken value;
    private String malformedDetail;

    TableauSelectRecognizer(CarrierMarkers markers) {
        this.markers = markers;
    }

    /** Feeds the statement's next token; the caller passes neither comments nor the statement's end. */
    void accept(SqlToken token) {
        switch (state) {
            case START -> state = token.isKeyword("SELECT") ? State.AFTER_SELECT : State.NOT_A_CARRIER;
            case AFTER_SELECT -> {
                boolean literal = token.kind() == SqlToken.Kind.STRING && !token.unterminated();
                kind = literal ? markerKind(token.text()) : null;
                state = kind == null ? State.NOT_A_CARRIER : State.AFTER_MARKER;
            }
            case AFTER_MARKER -> {
                if (token.kind() == SqlToken.Kind.COMMA) {
                    state = State.AFTER_COMMA;
                } else {
                    afterItem(token, State.AFTER_MARKER_AS, State.AFTER_MARKER_ALIAS, "a comma after the marker");
                }
            }
            case AFTER_MARKER_AS -> expectAlias(token, State.AFTER_MARKER_ALIAS);
            case AFTER_MARKER_ALIAS -> {
                if (token.kind() == SqlToken.Kind.COMMA) {
                    state = State.AFTER_COMMA;
                } else {
                    malformed("a comma after the marker");
                }
            }
            case AFTER_COMMA -> {
                if (token.kind() == SqlToken.Kind.STRING) {
                    value = token;
                    state = State.AFTER_VALUE;
                } else {
                    malformed("a string literal as the value");
                }
            }
            case AFTER_VALUE -> {
                if (token.isKeyword("FROM")) {
                    state = State.COMPLETE;
                } else {
                    afterItem(token, State.AFTER_VALUE_AS, State.AFTER_VALUE_ALIAS, "the end of the statement");
                }
            }
            case AFTER_VALUE_AS -> expectAlias(token, State.AFTER_VALUE_ALIAS);
            case AFTER_VALUE_ALIAS -> {
                if (token.isKeyword("FROM")) {
                    state = State.COMPLETE;
                } else {
                    malformed("the end of the statement");
                }
            }
            case COMPLETE, NOT_A_CARRIER, MALFORMED -> {
                // The rest of the statement does not matter.
            }
        }
    }

    /**
     * Ends the statement: returns its carrier, if it was a marker statement, and resets for the next one.
     *
     * @param statementIndex the index of the statement that just ended
     */
    Optional<CarrierFinding> endStatement(int statementIndex) {
        Optional<CarrierFinding> finding = switch (state) {
            case AFTER_VALUE, AFTER_VALUE_ALIAS, COMPLETE ->
                Optional.of(TableauValues.finding(kind, value, statementIndex));
            case AFTER_MARKER, AFTER_MARKER_AS, AFTER_MARKER_ALIAS, AFTER_COMMA, AFTER_VALUE_AS ->
                Optional.of(malformedFinding(statementIndex, "Initial SQL marker statement ends too early"));
            case MALFORMED -> Optional.of(malformedFinding(statementIndex, malformedDetail));
            case START, AFTER_SELECT, NOT_A_CARRIER -> Optional.empty();
        };
        state = State.START;
        kind = null;
        value = null;
        malformedDetail = null;
        return finding;
    }

    /** After a select item: {@code AS alias}, a bare alias, or something that breaks the shape. */
    private void afterItem(SqlToken token, State afterAs, State afterAlias, String expected) {
        if (token.isKeyword("AS")) {
            state = afterAs;
        } else if (isAlias(token) && !token.isKeyword("FROM")) {
            state = afterAlias;
        } else {
            malformed(expected);
        }
    }

    private void expectAlias(SqlToken token, State next) {
        if (isAlias(token) || token.kind() == SqlToken.Kind.STRING) {
            state = next;
        } else {
            malformed("an alias after AS");
        }
    }

    private static boolean isAlias(SqlToken token) {
        return token.kind() == SqlToken.Kind.WORD || token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER;
    }

    private CarrierKind markerKind(String literal) {
        if (literal.equalsIgnoreCase(markers.endUser())) {
            return CarrierKind.TABLEAU_ENDUSER;
        }
        if (literal.equalsIgnoreCase(markers.email())) {
            return CarrierKind.TABLEAU_EMAIL;
        }
        return null;
    }

    private void malformed(String expected) {
        state = State.MALFORMED;
        malformedDetail = "Initial SQL marker statement: expected " + expected;
    }

    private UnattributedFinding malformedFinding(int statementIndex, String detail) {
        return UnattributedFinding.malformed(kind, statementIndex, detail);
    }
}
