package dev.roster.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Identifiers as version 7 UUIDs (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. They are as
 * unguessable as random UUIDs for resource ids, but rows created together sit together in every B-tree keyed
 * by id, so concurrent creates touch the same last page instead of one random page each, which is what a
 * commit has to write out.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {}

    public static String next() {
        return next(System.currentTimeMillis()).toString();
    }

    static UUID next(long epochMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long msb = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long lsb = 0x8000_0000_0000_0000L | ((random[2] & 0x3FL) << 56);
        for (int i = 3; i < 10; i++) {
            lsb |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(msb, lsb);
    }

    /**
     * The same id for the same time and name, so that nodes writing one aggregated row agree on its key without
     * asking each other: a version 8 UUID (RFC 9562 section 5.8) laid out like version 7, the 48 bits of Unix
     * milliseconds first (it sorts with the ids of its time), then 74 bits of the name's SHA-256.
     */
    public static String named(long epochMillis, String name) {
        return named(epochMillis, name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static UUID named(long epochMillis, byte[] name) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        long msb = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x8000L | ((hash[0] & 0x0FL) << 8) | (hash[1] & 0xFFL);
        long lsb = 0x8000_0000_0000_0000L | ((hash[2] & 0x3FL) << 56);
        for (int i = 3; i < 10; i++) {
            lsb |= (hash[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(msb, lsb);
    }
}
