package dev.roster.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.10 fd00::/8");

    @Test
    void withoutTrustedProxiesTheHeadersAreNeverRead() {
        assertSame(TrustedProxies.NONE, TrustedProxies.parse(null));
        assertSame(TrustedProxies.NONE, TrustedProxies.parse("  "));
        assertEquals("10.0.0.5", TrustedProxies.NONE.clientAddress("10.0.0.5", () -> fail("headers read")));
    }

    @Test
    void fromAnUntrustedPeerTheHeadersCountForNothing() {
        assertEquals("203.0.113.9", proxies.clientAddress("203.0.113.9", () -> fail("headers read")));
        assertEquals("0:0:0:0:0:0:0:1", proxies.clientAddress("0:0:0:0:0:0:0:1", () -> fail("headers read")));
    }

    @Test
    void fromATrustedProxyTheRightMostUntrustedAddressIsTheClient() {
        assertEquals("203.0.113.9", proxies.clientAddress("10.0.0.5", () -> List.of("203.0.113.9")));
        assertEquals(
                "203.0.113.9",
                proxies.clientAddress("10.0.0.5", () -> List.of("203.0.113.9", "10.1.1.1", "192.168.1.10")),
                "a chain of trusted proxies is walked back");
        assertEquals(
                "203.0.113.9",
                proxies.clientAddress("10.0.0.5", () -> List.of("198.51.100.66", "203.0.113.9")),
                "what the client wrote at the left is not believed");
        assertEquals("2001:db8:0:0:0:0:0:9", proxies.clientAddress("fd00::1", () -> List.of("[2001:db8::9]:51234")));
    }

    @Test
    void aHopWithNoAddressStopsTheWalkAtTheLastAddressReached() {
        assertEquals(
                "10.1.1.1", proxies.clientAddress("10.0.0.5", () -> List.of("203.0.113.9", "unknown", "10.1.1.1")));
        assertEquals("10.0.0.5", proxies.clientAddress("10.0.0.5", () -> List.of("garbage")));
    }

    @Test
    void whenEveryHopIsATrustedProxyTheLeftMostIsTheClient() {
        assertEquals("10.1.1.1", proxies.clientAddress("10.0.0.5", () -> List.of("10.1.1.1", "192.168.1.10")));
        assertEquals("10.0.0.5", proxies.clientAddress("10.0.0.5", List::of), "no header: the proxy itself");
    }

    @Test
    void trustsExactlyTheListedBlocks() {
        assertTrue(proxies.trusts(IpAddresses.parse("192.168.1.10").orElseThrow()));
        assertFalse(proxies.trusts(IpAddresses.parse("192.168.1.11").orElseThrow()));
        assertTrue(proxies.trusts(IpAddresses.parse("fd99::1").orElseThrow()));
        assertEquals("[10.0.0.0/8, 192.168.1.10/32, fd00:0:0:0:0:0:0:0/8]", proxies.toString());
    }

    @Test
    void aWrongConfigurationNamesTheKeyAndTheEntry() {
        String message = assertThrows(
                        IllegalArgumentException.class, () -> ClientAddresses.configured("10.0.0.0/8, 10.0.0.0/33"))
                .getMessage();
        assertTrue(
                message.startsWith("Invalid roster.http.trusted-proxies: '10.0.0.0/33' has a prefix length"), message);
        assertSame(TrustedProxies.NONE, ClientAddresses.configured(null));
    }

    @Test
    void aWrongEntryIsNamed() {
        String message = assertThrows(
                        IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/8,proxy.internal"))
                .getMessage();
        assertTrue(message.startsWith("'proxy.internal' is not an IPv4 or IPv6 address or CIDR block"), message);
    }
}
