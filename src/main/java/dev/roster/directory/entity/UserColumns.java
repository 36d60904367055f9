package dev.roster.directory.entity;

/** The values of a user's document that also live in columns of {@code scim_user}. */
public record UserColumns(
        String userName, String userNameCi, String externalId, String displayName, String emailCi, boolean active) {}
