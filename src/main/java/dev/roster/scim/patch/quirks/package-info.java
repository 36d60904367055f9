/**
 * Rewriters that turn what identity providers actually send into standard RFC 7644 PATCH operations, so the
 * engine in {@code dev.roster.scim.patch} never checks for an IdP. One class per quirk, each naming the IdP in
 * its Javadoc and tested on its own; {@link dev.roster.scim.patch.quirks.QuirkSet#all()} is the one place they
 * are registered, in order.
 */
package dev.roster.scim.patch.quirks;
