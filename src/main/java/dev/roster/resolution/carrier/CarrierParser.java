package dev.roster.resolution.carrier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds identity carriers in a SQL text as a BI tool or application sent it: Looker context and email
 * comments, Tableau Initial SQL marker statements and custom application context comments, wherever comments
 * appear and however many {@code ;}-separated statements the text holds. Markers inside string literals or
 * quoted identifiers are data, not carriers; {@link SqlScanner} keeps them apart.
 *
 * <p>One pass over at most {@code maxChars} characters, so the work is linear in the input; it never throws on
 * any SQL text. Immutable and thread-safe: one parser per marker configuration can serve all connections.
 */
public final class CarrierParser {

    private final CarrierMarkers markers;
    private final int maxChars;
    private final CommentCarriers commentCarriers;

    /** A parser for the {@linkplain CarrierMarkers#defaults() default markers} and the default scan limit. */
    public CarrierParser() {
        this(CarrierMarkers.defaults());
    }

    /** A parser for {@code markers} with the {@linkplain SqlScanner#DEFAULT_MAX_CHARS default scan limit}. */
    public CarrierParser(CarrierMarkers markers) {
        this(markers, SqlScanner.DEFAULT_MAX_CHARS);
    }

    /**
     * A parser for {@code markers} that scans at most {@code maxChars} characters of each text.
     *
     * @throws IllegalArgumentException if {@code maxChars} is negative
     */
    public CarrierParser(CarrierMarkers markers, int maxChars) {
        this.markers = Objects.requireNonNull(markers, "markers");
        if (maxChars < 0) {
            throw new IllegalArgumentException("maxChars must not be negative: " + maxChars);
        }
        this.maxChars = maxChars;
        this.commentCarriers = new CommentCarriers(markers);
    }

    /** The marker names this parser recognises. */
    public CarrierMarkers markers() {
        return markers;
    }

    /** Finds the carriers in {@code sql}. */
    public CarrierScan parse(String sql) {
        SqlScanner scanner = new SqlScanner(sql, maxChars);
        TableauSelectRecognizer initialSql = new TableauSelectRecognizer(markers);
        List<CarrierFinding> findings = new ArrayList<>();
        int statementIndex = 0;
        while (true) {
            SqlToken token = scanner.next();
            if (token.isComment()) {
                commentCarriers.read(token, statementIndex).ifPresent(findings::add);
            } else if (token.kind() == SqlToken.Kind.SEMICOLON || token.kind() == SqlToken.Kind.END) {
                initialSql.endStatement(statementIndex).ifPresent(findings::add);
                if (token.kind() == SqlToken.Kind.END) {
                    return new CarrierScan(findings, scanner.truncated(), statementIndex + 1);
                }
                statementIndex++;
            } else {
                initialSql.accept(token);
            }
        }
    }
}
