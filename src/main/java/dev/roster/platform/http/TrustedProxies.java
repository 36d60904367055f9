package dev.roster.platform.http;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The reverse proxies ({@code roster.http.trusted-proxies}) whose forwarding headers say who the client is.
 * From any other peer the headers are the client's own words and count for nothing.
 */
public final class TrustedProxies {

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<CidrBlock> blocks;

    private TrustedProxies(List<CidrBlock> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /**
     * @param configured CIDR blocks or single addresses, separated by commas and/or spaces; blank for none
     * @throws IllegalArgumentException naming the entry that is not a block
     */
    public static TrustedProxies parse(String configured) {
        if (configured == null || configured.isBlank()) {
            return NONE;
        }
        List<CidrBlock> blocks = new ArrayList<>();
        for (String entry : configured.trim().split("[,\\s]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            try {
                blocks.add(CidrBlock.parse(entry));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        e.getMessage()
                                + " (expected a comma-separated list such as 10.0.0.0/8, 192.168.1.10, fd00::/8)",
                        e);
            }
        }
        return new TrustedProxies(blocks);
    }

    public boolean trusts(InetAddress address) {
        for (CidrBlock block : blocks) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client's address: the peer's, unless the peer is a trusted proxy; then, walking the forwarded
     * addresses from the nearest proxy back, the first that is not itself a trusted proxy. A client can put
     * anything at the left of the list, but not at its right, which each trusted proxy appended. Where a hop
     * reads as no address ({@code unknown}, an obfuscated name), the last address reached is the answer; where
     * every hop is a trusted proxy, the left-most.
     *
     * @param peer the TCP peer's address ({@code getRemoteAddr}), returned as given when it is not trusted
     * @param hops the forwarded addresses, client first ({@link ForwardedFor#hops}); read only from a trusted peer
     */
    public String clientAddress(String peer, Supplier<List<String>> hops) {
        if (blocks.isEmpty()) {
            return peer;
        }
        InetAddress current = IpAddresses.parse(peer).orElse(null);
        if (current == null || !trusts(current)) {
            return peer;
        }
        List<String> forwarded = hops.get();
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            InetAddress hop = ForwardedFor.node(forwarded.get(i));
            if (hop == null) {
                break;
            }
            current = hop;
            if (!trusts(hop)) {
                break;
            }
        }
        return IpAddresses.format(current);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    @Override
    public String toString() {
        return blocks.toString();
    }
}
