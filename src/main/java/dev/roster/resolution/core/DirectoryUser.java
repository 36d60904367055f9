package dev.roster.resolution.core;

/**
 * A directory user as resolution answers it.
 *
 * @param email the lookup email (primary, else first; lower case), or null
 */
public record DirectoryUser(String id, String userName, String email, String displayName, boolean active) {}
