package dev.roster.web.auth.session;

import dev.roster.integration.SecretTokens;

/**
 * A short digest of an account's stored password hash, carried in its session tokens: when the password
 * changes (a new salted hash), every existing session of the account stops matching, on every node.
 */
public final class AccountStamp {

    private AccountStamp() {}

    public static String of(String passwordHash) {
        return SecretTokens.hash("account-stamp:" + passwordHash).substring(0, 16);
    }
}
