package dev.roster.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import org.junit.jupiter.api.Test;

class IpAddressesTest {

    @Test
    void readsIpv4AndIpv6Literals() {
        assertEquals(
                "192.0.2.7", IpAddresses.format(IpAddresses.parse(" 192.0.2.7 ").orElseThrow()));
        assertEquals(
                "2001:db8:0:0:0:0:0:1",
                IpAddresses.format(IpAddresses.parse("2001:db8::1").orElseThrow()));
        assertEquals(
                "0:0:0:0:0:0:0:1", IpAddresses.format(IpAddresses.parse("[::1]").orElseThrow()));
        assertEquals(
                "fe80:0:0:0:0:0:0:1",
                IpAddresses.format(IpAddresses.parse("fe80::1%eth0").orElseThrow()),
                "zone dropped");
    }

    @Test
    void anIpv4MappedIpv6AddressIsIpv4() {
        assertTrue(IpAddresses.parse("::ffff:192.0.2.7").orElseThrow() instanceof Inet4Address);
        assertEquals(
                "192.0.2.7",
                IpAddresses.format(IpAddresses.parse("::ffff:192.0.2.7").orElseThrow()));
    }

    @Test
    void refusesEverythingElseWithoutAskingDns() {
        for (String text : new String[] {
            null,
            "",
            "localhost",
            "roster.example.com",
            "256.0.0.1",
            "1.2.3",
            "1.2.3.4.5",
            "01.2.3.4x",
            "unknown",
            "_hidden",
            "2001:db8::g",
            ".:",
            "::1::2",
            "[]",
            "1.2.3.4:80"
        }) {
            assertTrue(IpAddresses.parse(text).isEmpty(), String.valueOf(text));
        }
    }
}
