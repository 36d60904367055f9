package dev.roster.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardedForTest {

    @Test
    void xForwardedForFieldsJoinInOrder() {
        assertEquals(
                List.of("203.0.113.9", "10.0.0.2", "10.0.0.3"),
                ForwardedFor.hops(List.of("203.0.113.9, 10.0.0.2", " 10.0.0.3 "), List.of()));
    }

    /** RFC 7239 §4 and §7.4's examples. */
    @Test
    void forwardedForParametersInOrder() {
        assertEquals(
                List.of("192.0.2.43", "198.51.100.17"),
                ForwardedFor.hops(
                        List.of(),
                        List.of("for=192.0.2.43, for=198.51.100.17;by=203.0.113.60;proto=http;host=example.com")));
        assertEquals(
                List.of("[2001:db8:cafe::17]:4711", "unknown", "_hidden"),
                ForwardedFor.hops(
                        List.of(),
                        List.of("For=\"[2001:db8:cafe::17]:4711\"", "for=unknown;proto=https, for=_hidden")));
        assertEquals(
                List.of("", "192.0.2.1"),
                ForwardedFor.hops(List.of(), List.of("proto=https;host=\"a,b;c\", for=192.0.2.1")),
                "an element without for= is a hop with no address; separators inside quotes do not split");
    }

    @Test
    void xForwardedForWinsWhenBothArePresent() {
        assertEquals(List.of("203.0.113.9"), ForwardedFor.hops(List.of("203.0.113.9"), List.of("for=198.51.100.1")));
    }

    @Test
    void aHopReadsAsAnAddressWithOrWithoutPort() {
        assertEquals("192.0.2.43", IpAddresses.format(ForwardedFor.node("192.0.2.43")));
        assertEquals("192.0.2.43", IpAddresses.format(ForwardedFor.node("192.0.2.43:8443")));
        assertEquals("2001:db8:cafe:0:0:0:0:17", IpAddresses.format(ForwardedFor.node("[2001:db8:cafe::17]:4711")));
        assertEquals("2001:db8:cafe:0:0:0:0:17", IpAddresses.format(ForwardedFor.node("2001:db8:cafe::17")));
        assertNull(ForwardedFor.node("unknown"));
        assertNull(ForwardedFor.node("_hidden"));
        assertNull(ForwardedFor.node(""));
        assertNull(ForwardedFor.node("[2001:db8::1"));
        assertNull(ForwardedFor.node("evil.example"));
    }
}
