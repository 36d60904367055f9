package dev.roster.it.console;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A push receiver (RFC 8935) on 127.0.0.1 that answers every SET with one fixed status and keeps what it got:
 * the Authorization header and the decoded JWT claims of each SET. It checks no signature: the console test
 * is about what the admin sees, not about the tokens.
 */
final class ReceiverStub implements AutoCloseable {

    /** One push as received. */
    record Push(String authorization, String claims) {}

    private final HttpServer server;
    private final List<Push> pushes = new CopyOnWriteArrayList<>();

    private ReceiverStub(int status) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/events", exchange -> {
            String jwt = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII).trim();
            pushes.add(new Push(exchange.getRequestHeaders().getFirst("Authorization"), claims(jwt)));
            byte[] body = status == 202
                    ? new byte[0]
                    : "{\"err\":\"temporarily_unavailable\",\"description\":\"receiver stub down\"}"
                            .getBytes(StandardCharsets.UTF_8);
            if (body.length > 0) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** A receiver that accepts every SET (202). */
    static ReceiverStub accepting() {
        return new ReceiverStub(202);
    }

    /** A receiver that is down (503 with an RFC 8935-style error body). */
    static ReceiverStub unavailable() {
        return new ReceiverStub(503);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
    }

    List<Push> pushes() {
        return List.copyOf(pushes);
    }

    /** Whether a SET whose claims mention {@code text} has arrived. */
    boolean received(String text) {
        return pushes.stream().anyMatch(push -> push.claims().contains(text));
    }

    private static String claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return jwt;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return jwt;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
