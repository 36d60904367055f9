package dev.roster.platform.http;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * A block of IPv4 or IPv6 addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}); a bare address
 * is the block of that one address. An IPv4 block never contains an IPv6 address, nor the reverse.
 */
public final class CidrBlock {

    private final byte[] network;
    private final int prefixLength;

    private CidrBlock(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /**
     * @throws IllegalArgumentException saying what is wrong: not an address literal, a prefix length out of
     *         range, or bits set after the prefix ({@code 10.1.2.3/8} is refused rather than read as
     *         {@code 10.0.0.0/8}: in a list of trusted hosts, a typo must not trust a whole network)
     */
    public static CidrBlock parse(String text) {
        String value = text.trim();
        int slash = value.indexOf('/');
        String addressText = slash < 0 ? value : value.substring(0, slash);
        InetAddress address = IpAddresses.parse(addressText)
                .orElseThrow(() ->
                        new IllegalArgumentException("'" + value + "' is not an IPv4 or IPv6 address or CIDR block"));
        byte[] bytes = address.getAddress();
        int maxLength = bytes.length * 8;
        int prefixLength = maxLength;
        if (slash >= 0) {
            String prefix = value.substring(slash + 1);
            if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > maxLength) {
                throw new IllegalArgumentException("'" + value + "' has a prefix length that is not 0-" + maxLength);
            }
            prefixLength = Integer.parseInt(prefix);
        }
        byte[] network = mask(bytes, prefixLength);
        if (!Arrays.equals(network, bytes)) {
            throw new IllegalArgumentException("'" + value + "' has address bits set after its /" + prefixLength
                    + " prefix: write " + IpAddresses.format(IpAddresses.byAddress(network)) + "/" + prefixLength
                    + " for the network, or " + IpAddresses.format(address) + "/" + maxLength + " for the one address");
        }
        return new CidrBlock(network, prefixLength);
    }

    /** The block of the given length that holds the address ({@code 2001:db8:1:2::/64} for a client of it). */
    public static CidrBlock of(InetAddress address, int prefixLength) {
        byte[] bytes = address.getAddress();
        if (prefixLength < 0 || prefixLength > bytes.length * 8) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " out of range");
        }
        return new CidrBlock(mask(bytes, prefixLength), prefixLength);
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && Arrays.equals(mask(bytes, prefixLength), network);
    }

    /** The first {@code prefixLength} bits of the address, the rest zero. */
    static byte[] mask(byte[] address, int prefixLength) {
        byte[] masked = address.clone();
        for (int i = 0; i < masked.length; i++) {
            int keep = Math.max(0, Math.min(8, prefixLength - i * 8));
            masked[i] &= (byte) (0xFF << (8 - keep));
        }
        return masked;
    }

    @Override
    public String toString() {
        return IpAddresses.format(IpAddresses.byAddress(network)) + "/" + prefixLength;
    }
}
