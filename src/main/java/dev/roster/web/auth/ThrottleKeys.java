package dev.roster.web.auth;

import dev.roster.integration.SecretTokens;
import dev.roster.platform.http.CidrBlock;
import dev.roster.platform.http.IpAddresses;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Locale;

/**
 * The two failure counters a sign-in attempt is counted on, as keys of {@code admin_login_failure} (hashes,
 * so the table holds no usernames or addresses):
 * <ul>
 * <li>{@code address}: every attempt from the client's address, whatever the username
 *     ({@link LoginThrottlePolicy#PER_ADDRESS});</li>
 * <li>{@code account}: the username from that address ({@link LoginThrottlePolicy#PER_ACCOUNT_AND_ADDRESS}).
 *     There is deliberately no counter for a username alone: a guesser elsewhere must not be able to lock the
 *     real admin out.</li>
 * </ul>
 * An IPv6 client counts by its /64, the block one subscriber gets: stepping through it buys no fresh attempts.
 * Usernames compare case-insensitively, so changing case does not either.
 */
record ThrottleKeys(String address, String account) {

    private static final int IPV6_SUBSCRIBER_PREFIX = 64;

    static ThrottleKeys of(String username, String clientAddress) {
        String network = networkOf(clientAddress);
        return new ThrottleKeys(
                SecretTokens.hash("address\n" + network),
                SecretTokens.hash("account\n" + username.toLowerCase(Locale.ROOT) + "\n" + network));
    }

    /** The address as counted: IPv4 as is, IPv6 as its /64 block, anything unreadable as given. */
    static String networkOf(String clientAddress) {
        if (clientAddress == null) {
            return "";
        }
        InetAddress address = IpAddresses.parse(clientAddress).orElse(null);
        if (address == null) {
            return clientAddress;
        }
        if (address instanceof Inet6Address) {
            return CidrBlock.of(address, IPV6_SUBSCRIBER_PREFIX).toString();
        }
        return IpAddresses.format(address);
    }
}
