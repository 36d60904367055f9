package dev.roster.integration;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Integration ids: a slug of the name plus a random suffix ({@code okta-prod-k3x9pq}), so an id reads well
 * in URLs and logs and two integrations with the same name still differ. Only lower-case letters, digits
 * and hyphens: safe in a URL path without escaping, and never an underscore, which separates the prefix
 * of Roster's tokens ({@code rsct_…}) from their random part.
 */
public final class IntegrationIds {

    /** What an id may look like: 1–64 characters, letters/digits at both ends. */
    public static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    static final int SLUG_MAX = 40;
    static final int SUFFIX_LENGTH = 6;
    /** No 0/o and 1/l, so an id read aloud or copied by hand comes out right. */
    private static final char[] SUFFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OUTER_HYPHENS = Pattern.compile("^-+|-+$");
    private static final RandomGenerator RANDOM = new SecureRandom();

    private IntegrationIds() {}

    public static String generate(String name) {
        return generate(name, RANDOM);
    }

    static String generate(String name, RandomGenerator random) {
        StringBuilder id = new StringBuilder(slug(name)).append('-');
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            id.append(SUFFIX_ALPHABET[random.nextInt(SUFFIX_ALPHABET.length)]);
        }
        return id.toString();
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /** Accents dropped, runs of anything else as one hyphen, at most {@link #SLUG_MAX} characters. */
    static String slug(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD))
                .replaceAll("");
        String slug =
                trimHyphens(NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"));
        if (slug.length() > SLUG_MAX) {
            slug = trimHyphens(slug.substring(0, SLUG_MAX));
        }
        return slug.isEmpty() ? "integration" : slug;
    }

    private static String trimHyphens(String value) {
        return OUTER_HYPHENS.matcher(value).replaceAll("");
    }
}
