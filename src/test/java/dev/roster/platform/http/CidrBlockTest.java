package dev.roster.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class CidrBlockTest {

    @Test
    void ipv4Blocks() {
        CidrBlock block = CidrBlock.parse("10.0.0.0/8");
        assertTrue(block.contains(ip("10.0.0.0")));
        assertTrue(block.contains(ip("10.255.255.255")));
        assertFalse(block.contains(ip("11.0.0.0")));
        assertFalse(block.contains(ip("9.255.255.255")));
        assertTrue(CidrBlock.parse("192.168.0.0/23").contains(ip("192.168.1.200")));
        assertTrue(CidrBlock.parse("0.0.0.0/0").contains(ip("203.0.113.9")));
        assertEquals("10.0.0.0/8", block.toString());
    }

    @Test
    void aBareAddressIsABlockOfOne() {
        CidrBlock one = CidrBlock.parse("192.0.2.7");
        assertTrue(one.contains(ip("192.0.2.7")));
        assertFalse(one.contains(ip("192.0.2.8")));
        assertEquals("192.0.2.7/32", one.toString());
        assertTrue(CidrBlock.parse("::1").contains(ip("::1")));
    }

    @Test
    void ipv6Blocks() {
        CidrBlock block = CidrBlock.parse("fd00::/8");
        assertTrue(block.contains(ip("fd12:3456::1")));
        assertFalse(block.contains(ip("fe80::1")));
        CidrBlock odd = CidrBlock.parse("2001:db8:abc0::/42");
        assertTrue(odd.contains(ip("2001:db8:abff:ffff::1")));
        assertFalse(odd.contains(ip("2001:db8:ac00::1")));
        assertEquals(
                "2001:db8:1:2:0:0:0:0/64",
                CidrBlock.of(ip("2001:db8:1:2:3:4:5:6"), 64).toString());
    }

    @Test
    void familiesNeverMix() {
        assertFalse(CidrBlock.parse("0.0.0.0/0").contains(ip("::1")));
        assertFalse(CidrBlock.parse("::/0").contains(ip("127.0.0.1")));
        assertTrue(CidrBlock.parse("127.0.0.0/8").contains(ip("::ffff:127.0.0.1")), "IPv4-mapped reads as IPv4");
    }

    @Test
    void mistakesAreRefusedWithTheReason() {
        assertEquals(
                "'10.0.0.0/33' has a prefix length that is not 0-32",
                assertThrows(IllegalArgumentException.class, () -> CidrBlock.parse("10.0.0.0/33"))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CidrBlock.parse("::/129"))
                .getMessage()
                .contains("0-128"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CidrBlock.parse("10.0.0.0/"))
                .getMessage()
                .contains("prefix"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CidrBlock.parse("10.0.0.0/-1"))
                .getMessage()
                .contains("prefix"));
        assertEquals(
                "'proxy.internal' is not an IPv4 or IPv6 address or CIDR block",
                assertThrows(IllegalArgumentException.class, () -> CidrBlock.parse("proxy.internal"))
                        .getMessage());
        String hostBits = assertThrows(IllegalArgumentException.class, () -> CidrBlock.parse("10.1.2.3/8"))
                .getMessage();
        assertTrue(hostBits.contains("10.0.0.0/8") && hostBits.contains("10.1.2.3/32"), hostBits);
    }

    private static InetAddress ip(String literal) {
        return IpAddresses.parse(literal).orElseThrow();
    }
}
