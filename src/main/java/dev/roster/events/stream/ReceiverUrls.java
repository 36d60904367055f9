package dev.roster.events.stream;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The SSRF guard on push receiver URLs: http or https only, no credentials in the URL, and (unless
 * {@code roster.events.allow-private-receivers}) a host whose every address is public. Roster would otherwise POST
 * to whatever a receiver names, from inside the network: the cloud metadata service, a database admin page on
 * loopback, an internal service. A name is resolved and refused when any of its addresses is not public, since
 * the client may connect to any of them. Delivery should check again when it connects (a name can be re-pointed
 * after the stream was created).
 */
public final class ReceiverUrls {

    /** Resolves a host name (or an IP literal) to its addresses; {@link InetAddress#getAllByName} in production. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** The longest URL a stream may name: a push URL is also the stream's {@code aud}, a 1,000-character column. */
    static final int MAX_LENGTH = 1000;

    private final Resolver resolver;
    private final boolean allowPrivate;

    public ReceiverUrls(Resolver resolver, boolean allowPrivate) {
        this.resolver = resolver;
        this.allowPrivate = allowPrivate;
    }

    /** The guard with the system's name resolution. */
    public static ReceiverUrls withDns(boolean allowPrivate) {
        return new ReceiverUrls(InetAddress::getAllByName, allowPrivate);
    }

    /**
     * The URL, when a receiver may be pushed to there.
     *
     * @throws StreamException 400, saying why not
     */
    public URI check(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            throw StreamException.badRequest(
                    "delivery.endpoint_url must be an http or https URL of at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw StreamException.badRequest("delivery.endpoint_url is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw StreamException.badRequest("delivery.endpoint_url must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw StreamException.badRequest(
                    "delivery.endpoint_url must name a host, without credentials or a fragment "
                            + "(send credentials in delivery.authorization_header)");
        }
        if (!allowPrivate) {
            refusePrivate(uri.getHost());
        }
        return uri;
    }

    private void refusePrivate(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw StreamException.badRequest("delivery.endpoint_url: the host " + host + " cannot be resolved");
        }
        if (addresses == null || addresses.length == 0) {
            throw StreamException.badRequest("delivery.endpoint_url: the host " + host + " cannot be resolved");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw StreamException.badRequest("delivery.endpoint_url: " + host
                        + " is a private, loopback, link-local or otherwise internal address, which receivers "
                        + "may not name (roster.events.allow-private-receivers)");
            }
        }
    }

    /** Whether the address is reachable on the public internet only, as far as its number tells. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(b);
        }
        if (address instanceof Inet6Address v6) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // fc00::/7, unique local
            }
            if (v6.isIPv4CompatibleAddress() || isNat64(b)) {
                return isPublic(ipv4(b, 12));
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return isPublic(ipv4(b, 2)); // 2002::/16, 6to4 names an IPv4 address
            }
        }
        return true;
    }

    /** The IPv4 ranges Java's predicates miss: "this network", shared (carrier NAT), IETF, benchmarking, reserved. */
    private static boolean isPublicIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0
                && !(first == 100 && second >= 64 && second <= 127)
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0)
                && !(first == 198 && (second == 18 || second == 19))
                && first < 240;
    }

    /** 64:ff9b::/96, where a NAT64 gateway reaches the IPv4 address in the last four bytes. */
    private static boolean isNat64(byte[] b) {
        if ((b[0] & 0xff) != 0 || (b[1] & 0xff) != 0x64 || (b[2] & 0xff) != 0xff || (b[3] & 0xff) != 0x9b) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] b, int offset) {
        try {
            return InetAddress.getByAddress(new byte[] {b[offset], b[offset + 1], b[offset + 2], b[offset + 3]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("Four bytes are always an IPv4 address", e);
        }
    }
}
