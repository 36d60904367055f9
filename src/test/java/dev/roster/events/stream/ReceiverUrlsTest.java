package dev.roster.events.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiverUrlsTest {

    /** Names resolve from this table only (no DNS in a unit test); IP literals parse without a lookup. */
    private static final Map<String, String[]> NAMES = Map.of(
            "example.com", new String[] {"93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"},
            "split.example.com", new String[] {"93.184.215.14", "10.0.0.7"},
            "metadata.example.com", new String[] {"169.254.169.254"});

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        if (host.contains(":") || host.matches("[0-9.]+")) {
            return InetAddress.getAllByName(host);
        }
        String[] addresses = NAMES.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByName(addresses[i]);
        }
        return resolved;
    }

    private static final ReceiverUrls GUARDED = new ReceiverUrls(ReceiverUrlsTest::resolve, false);
    private static final ReceiverUrls LAB = new ReceiverUrls(ReceiverUrlsTest::resolve, true);

    @Test
    void aPublicHttpsReceiverIsAccepted() {
        assertEquals(
                "https://example.com/events",
                GUARDED.check("https://example.com/events").toString());
        assertEquals(
                "http://93.184.215.14:8443/ssf",
                GUARDED.check("http://93.184.215.14:8443/ssf").toString());
        assertEquals(
                "https://[2606:4700::1111]/e",
                GUARDED.check("https://[2606:4700::1111]/e").toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1",
                "http://127.1.2.3:8080/x",
                "http://[::1]",
                "http://[::1]:9000/events",
                "http://169.254.169.254/latest/meta-data/",
                "http://10.1.2.3",
                "https://172.16.0.1/",
                "https://192.168.1.1/",
                "http://0.0.0.0:8080",
                "http://[::]/",
                "http://100.64.0.1/",
                "http://224.0.0.1/",
                "http://255.255.255.255/",
                "http://[fe80::1]/",
                "http://[fd12:3456:789a::1]/",
                "http://[fc00::1]/",
                "http://[fec0::1]/",
                "http://[ff02::1]/",
                "http://[::ffff:127.0.0.1]/",
                "http://[::ffff:10.0.0.1]/",
                "http://[64:ff9b::a9fe:a9fe]/",
                "http://[2002:a00:1::1]/",
                "http://metadata.example.com/",
                "http://split.example.com/"
            })
    void internalAddressesAreRefused(String url) {
        StreamException refused = assertThrows(StreamException.class, () -> GUARDED.check(url));
        assertEquals(400, refused.status());
        assertTrue(
                refused.getMessage().contains("internal address")
                        || refused.getMessage().contains("cannot be resolved"),
                refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://x",
                "ftp://example.com/file",
                "file:///etc/passwd",
                "gopher://example.com/",
                "example.com/events",
                "https://",
                "https://user:secret@example.com/",
                "https://example.com/#frag",
                "http://exa mple.com/",
                ""
            })
    void otherUrlsAreRefused(String url) {
        StreamException refused = assertThrows(StreamException.class, () -> GUARDED.check(url));
        assertEquals(400, refused.status());
        assertTrue(refused.getMessage().startsWith("delivery.endpoint_url"), refused.getMessage());
    }

    @Test
    void anUnresolvableHostIsRefused() {
        StreamException refused = assertThrows(StreamException.class, () -> GUARDED.check("https://nowhere.invalid/e"));
        assertTrue(refused.getMessage().contains("cannot be resolved"), refused.getMessage());
    }

    @Test
    void aTooLongUrlIsRefused() {
        String url = "https://example.com/" + "a".repeat(ReceiverUrls.MAX_LENGTH);
        assertThrows(StreamException.class, () -> GUARDED.check(url));
    }

    @Test
    void labSetupsMayNamePrivateReceiversButStillOnlyHttp() {
        assertEquals(
                "http://127.0.0.1:8080/e", LAB.check("http://127.0.0.1:8080/e").toString());
        assertEquals("http://[::1]/e", LAB.check("http://[::1]/e").toString());
        assertEquals("http://10.1.2.3", LAB.check("http://10.1.2.3").toString());
        assertEquals(
                "http://nowhere.invalid/e",
                LAB.check("http://nowhere.invalid/e").toString());
        assertThrows(StreamException.class, () -> LAB.check("ftp://x"));
    }
}
