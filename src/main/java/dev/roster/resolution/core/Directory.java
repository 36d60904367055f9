package dev.roster.resolution.core;

/** Looks users up in an integration's directory; keys are compared ignoring case. */
public interface Directory {

    /** By SCIM userName. */
    IdentityLookup byUserName(String integrationId, String userName, boolean withGroups);

    /** By the users' lookup email (primary, else first); two or more users with it are ambiguous. */
    IdentityLookup byEmail(String integrationId, String email, boolean withGroups);
}
