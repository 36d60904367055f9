package dev.roster.directory.entity;

import dev.roster.scim.error.ScimException;

/**
 * Sizes of the columns that hold client-supplied values, checked before a write so that an over-long value
 * is a precise 400 naming the attribute, never a database error (500).
 */
public final class ColumnLimits {

    /** userName, displayName, externalId and email columns (see V1__directory.sql). */
    public static final int NAME = 512;
    /** The stored JSON document, far above the largest request body Roster accepts by default. */
    public static final int DOCUMENT = 10_000_000;

    private ColumnLimits() {}

    public static String requireName(String attribute, String value) {
        if (value != null && value.length() > NAME) {
            throw ScimException.invalidValue(attribute + " is longer than " + NAME + " characters");
        }
        return value;
    }

    public static String requireDocument(String document) {
        if (document.length() > DOCUMENT) {
            throw ScimException.status(413, "The resource is larger than " + DOCUMENT + " characters");
        }
        return document;
    }
}
