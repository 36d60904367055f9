package dev.roster.scim.filter;

import dev.roster.scim.error.ScimException;
import jakarta.json.JsonValue;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

/**
 * Parses SCIM filters (RFC 7644 section 3.4.2.2) and PATCH paths (section 3.5.2) into the {@link Filter} AST.
 *
 * <p>Recursive descent, one method per precedence level: {@code or} binds loosest, then {@code and}, then
 * {@code not}/grouping, so {@code a or b and c} is {@code a or (b and c)}; chains are left-associative.
 * Keywords and operators are case-insensitive; attribute names are kept as written.
 *
 * <p>Accepted beyond the RFC grammar, because identity providers send it:
 * <ul>
 *   <li>unquoted values (Microsoft Entra: {@code name.FamilyName eq Employee}): a value that is not a JSON
 *       literal is the string of its raw characters up to whitespace, ')' or ']'; one that is a JSON number
 *       ({@code 1234}) stays a number;</li>
 *   <li>{@code emails[type eq "work"].value eq "x"}, parsed as
 *       {@code ValuePath(emails, And(type eq "work", value eq "x"))}: one element satisfies both.</li>
 * </ul>
 *
 * <p>Errors are {@link ScimException}s (400 {@code invalidFilter} for filters, {@code invalidPath} for PATCH
 * paths) whose detail ends with {@code at position N}, N being the <b>0-based</b> character index in the
 * input. Input is limited to {@value #MAX_LENGTH} characters, {@value #MAX_DEPTH} levels of parentheses
 * and brackets and {@value #MAX_TERMS} comparisons, so hostile input costs linear time and bounded stack here
 * and a bounded query in the database: an {@code or} chain of 1,100 comparisons, well within the length limit,
 * overflowed the stack of the database's SQL parser.
 *
 * <p>Instances hold parse state and are used once; the static methods are thread-safe.
 */
public final class FilterParser {

    /** Longest filter or path accepted; far above what any IdP sends. */
    public static final int MAX_LENGTH = 10_000;
    /** Deepest nesting of parentheses and brackets accepted; bounds the parser's recursion. */
    public static final int MAX_DEPTH = 50;
    /**
     * Most comparisons ({@code op value} or {@code pr}) in one filter or path; IdPs send one or two. Each becomes a
     * condition, most an {@code EXISTS}, of one SQL query.
     */
    public static final int MAX_TERMS = 100;

    private final FilterTokenizer tokens;
    private final SyntaxErrors errors;
    private int depth;
    private int terms;
    private boolean insideValueFilter;

    private FilterParser(String input, SyntaxErrors errors) {
        this.errors = errors;
        this.tokens = new FilterTokenizer(input, errors);
    }

    /**
     * Parses a filter such as {@code userName eq "bjensen" and emails[type eq "work"]}.
     *
     * @throws ScimException 400 {@code invalidFilter} naming the problem and its 0-based position
     */
    public static Filter parse(String filter) {
        FilterParser parser = new FilterParser(checkSize(filter, SyntaxErrors.FILTER), SyntaxErrors.FILTER);
        Filter result = parser.orExpression();
        parser.expectEnd();
        return result;
    }

    /**
     * Parses a PATCH path: {@code attrPath [ "[" valFilter "]" ] [ "." subAttr ]}, for example
     * {@code members[value eq "2819c223"]}, {@code emails[type eq "work"].value} or {@code name.familyName}.
     *
     * @throws ScimException 400 {@code invalidPath} naming the problem and its 0-based position
     */
    public static PatchPath parsePath(String path) {
        FilterParser parser = new FilterParser(checkSize(path, SyntaxErrors.PATH), SyntaxErrors.PATH);
        return parser.patchPath();
    }

    private static String checkSize(String input, SyntaxErrors errors) {
        if (input == null || input.isBlank()) {
            throw errors.create("The " + errors.subject() + " is empty");
        }
        if (input.length() > MAX_LENGTH) {
            throw errors.create("The " + errors.subject() + " is " + input.length() + " characters long; the limit is "
                    + MAX_LENGTH);
        }
        return input;
    }

    private PatchPath patchPath() {
        Token word = tokens.next();
        if (!word.is(Token.Kind.WORD)) {
            throw errors.at("Expected an attribute name but found " + describe(word), word.offset());
        }
        AttributePath attribute = AttributePathReader.read(word, false, errors);
        if (!tokens.peek().is(Token.Kind.LEFT_BRACKET)) {
            expectEnd();
            return PatchPath.of(attribute);
        }
        Filter valueFilter = valueFilter(attribute, word);
        String subAttribute = null;
        if (tokens.peek().is(Token.Kind.DOT)) {
            subAttribute = subAttributeAfterBracket().text();
        }
        expectEnd();
        return new PatchPath(attribute, valueFilter, subAttribute);
    }

    /** {@code andExpression ("or" andExpression)*}, folded to the left. */
    private Filter orExpression() {
        return foldedToTheLeft("or", this::andExpression, Filter.Or::new);
    }

    /** {@code unary ("and" unary)*}, folded to the left. */
    private Filter andExpression() {
        return foldedToTheLeft("and", this::unary, Filter.And::new);
    }

    /** {@code operand (keyword operand)*} as {@code ((a keyword b) keyword c)…}. */
    private Filter foldedToTheLeft(String keyword, Supplier<Filter> operand, BinaryOperator<Filter> join) {
        Filter left = operand.get();
        while (tokens.peek().isKeyword(keyword)) {
            tokens.next();
            left = join.apply(left, operand.get());
        }
        return left;
    }

    /** {@code "not" "(" filter ")"  |  "(" filter ")"  |  attribute expression}. */
    private Filter unary() {
        Token token = tokens.next();
        if (token.is(Token.Kind.LEFT_PAREN)) {
            return group(token);
        }
        if (token.isKeyword("not")) {
            Token open = tokens.next();
            if (!open.is(Token.Kind.LEFT_PAREN)) {
                // RFC 7644: "not" "(" valFilter ")"; a bare "not x" would leave its scope to guesswork.
                throw errors.at("Expected '(' after 'not' but found " + describe(open), open.offset());
            }
            return new Filter.Not(group(open));
        }
        if (token.isKeyword("and") || token.isKeyword("or")) {
            throw errors.at(
                    "Expected an attribute path but found the keyword " + SyntaxErrors.quote(token.text()),
                    token.offset());
        }
        if (!token.is(Token.Kind.WORD)) {
            throw errors.at("Expected an attribute path or '(' but found " + describe(token), token.offset());
        }
        return attributeExpression(token);
    }

    /** The inside of {@code ( … )}; {@code open} has been consumed. */
    private Filter group(Token open) {
        return enclosed(open, Token.Kind.RIGHT_PAREN, "')' to close the '('");
    }

    /** A filter up to the token of kind {@code closing}, which {@code expected} names; {@code open} is consumed. */
    private Filter enclosed(Token open, Token.Kind closing, String expected) {
        enter(open);
        Filter inner = orExpression();
        Token close = tokens.next();
        if (!close.is(closing)) {
            throw errors.at(
                    "Expected " + expected + " at position " + open.offset() + " but found " + describe(close),
                    close.offset());
        }
        depth--;
        return inner;
    }

    /** {@code path "pr"  |  path op value  |  path "[" valFilter "]" ["." subAttr ("pr" | op value)]}. */
    private Filter attributeExpression(Token word) {
        AttributePath path = AttributePathReader.read(word, insideValueFilter, errors);
        if (!tokens.peek().is(Token.Kind.LEFT_BRACKET)) {
            return operatorExpression(path, word);
        }
        Filter elementFilter = valueFilter(path, word);
        if (tokens.peek().is(Token.Kind.DOT)) {
            // Entra: emails[type eq "work"].value eq "x" means one element with both properties.
            Token subAttribute = subAttributeAfterBracket();
            elementFilter = new Filter.And(
                    elementFilter, operatorExpression(AttributePath.of(subAttribute.text()), subAttribute));
        }
        return new Filter.ValuePath(path, elementFilter);
    }

    /** {@code "pr"} or {@code op value} after {@code path}, which {@code pathToken} spelled. */
    private Filter operatorExpression(AttributePath path, Token pathToken) {
        if (++terms > MAX_TERMS) {
            throw errors.at(
                    "The " + errors.subject() + " has more than " + MAX_TERMS + " comparisons, the most "
                            + "accepted; split it into several requests",
                    pathToken.offset());
        }
        Token operator = tokens.next();
        if (!operator.is(Token.Kind.WORD)) {
            throw errors.at(
                    "Expected an operator after " + SyntaxErrors.quote(pathToken.text()) + " but found "
                            + describe(operator),
                    operator.offset());
        }
        if (operator.isKeyword("pr")) {
            Token after = tokens.peek();
            if (after.is(Token.Kind.STRING)
                    || (after.is(Token.Kind.WORD) && !after.isKeyword("and") && !after.isKeyword("or"))) {
                throw errors.at("'pr' takes no value but found " + describe(after), after.offset());
            }
            return new Filter.Present(path);
        }
        ComparisonOperator comparison = ComparisonOperator.fromWire(operator.text())
                .orElseThrow(() -> errors.at(
                        "Unknown operator " + SyntaxErrors.quote(operator.text())
                                + " (expected eq, ne, co, sw, ew, gt, ge, lt, le or pr)",
                        operator.offset()));
        Token value = tokens.nextValue();
        JsonValue literal = value.is(Token.Kind.STRING)
                ? JsonLiteralReader.string(value.text())
                : JsonLiteralReader.unquoted(value, errors);
        return new Filter.Comparison(path, comparison, literal);
    }

    /** {@code "[" valFilter "]"} after {@code path}; paths inside are relative to the element. */
    private Filter valueFilter(AttributePath path, Token pathToken) {
        Token open = tokens.next();
        if (insideValueFilter) {
            throw errors.at("Nested value filters are not allowed", open.offset());
        }
        if (open.offset() != pathToken.end()) {
            throw errors.at("Unexpected whitespace before '['", pathToken.end());
        }
        if (path.hasSubAttribute()) {
            throw errors.at(
                    "A value filter must follow a multi-valued attribute, not the sub-attribute "
                            + SyntaxErrors.quote(pathToken.text()),
                    open.offset());
        }
        insideValueFilter = true;
        Filter inner = enclosed(open, Token.Kind.RIGHT_BRACKET, "']' to close the '['");
        insideValueFilter = false;
        return inner;
    }

    /** {@code "." subAttr} directly after ']' (the DOT is the next token); returns the checked name token. */
    private Token subAttributeAfterBracket() {
        int bracketEnd = tokens.consumedEnd();
        Token dot = tokens.next();
        if (dot.offset() != bracketEnd) {
            throw errors.at("Unexpected whitespace before '.'", bracketEnd);
        }
        Token name = tokens.next();
        if (!name.is(Token.Kind.WORD) || name.offset() != dot.end()) {
            throw errors.at("Expected a sub-attribute name after '.'", dot.end());
        }
        AttributePathReader.checkSubAttribute(name, errors);
        return name;
    }

    private void expectEnd() {
        Token token = tokens.next();
        if (token.is(Token.Kind.END)) {
            return;
        }
        String problem = switch (token.kind()) {
            case RIGHT_PAREN -> "Unbalanced ')' with no matching '('";
            case RIGHT_BRACKET -> "Unbalanced ']' with no matching '['";
            default ->
                "Unexpected token " + describe(token)
                        + (errors == SyntaxErrors.FILTER ? "; expected 'and', 'or' or the end of the filter" : "");
        };
        throw errors.at(problem, token.offset());
    }

    /** Counts one level of nesting; refuses to go deeper than {@link #MAX_DEPTH}. */
    private void enter(Token open) {
        if (++depth > MAX_DEPTH) {
            throw errors.at("The " + errors.subject() + " nests deeper than " + MAX_DEPTH + " levels", open.offset());
        }
    }

    private String describe(Token token) {
        return switch (token.kind()) {
            case END -> "the end of the " + errors.subject();
            case STRING -> "the string " + SyntaxErrors.quote(token.text());
            default -> SyntaxErrors.quote(token.text());
        };
    }
}
