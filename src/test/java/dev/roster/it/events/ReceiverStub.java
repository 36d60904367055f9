package dev.roster.it.events;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A push receiver (RFC 8935) on loopback: it records every SET it accepts with the headers it came with, answers
 * 202, or 503 for as many requests as it is told to fail.
 */
public final class ReceiverStub implements AutoCloseable {

    /** One accepted push. */
    public record Push(String set, String contentType, String authorization) {

        /** The SET's claims, read without checking its signature (PushAndPollDeliveryIT checks that). */
        public JsonObject claims() {
            String payload = set.split("\\.")[1];
            String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
            return Json.createReader(new StringReader(json)).readObject();
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Push> accepted = new LinkedBlockingQueue<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    public ReceiverStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/events", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    failed.incrementAndGet();
                    exchange.sendResponseHeaders(503, -1);
                } else {
                    accepted.add(new Push(
                            body,
                            exchange.getRequestHeaders().getFirst("Content-Type"),
                            exchange.getRequestHeaders().getFirst("Authorization")));
                    exchange.sendResponseHeaders(202, -1);
                }
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
    }

    /** The next accepted push; fails the test when none arrives within 30 s. */
    public Push next() throws InterruptedException {
        Push push = accepted.poll(30, TimeUnit.SECONDS);
        if (push == null) {
            throw new AssertionError("No SET arrived within 30 s");
        }
        return push;
    }

    /** The next accepted push, or null when none arrives within the timeout (for a caller with its own deadline). */
    public Push poll(Duration timeout) throws InterruptedException {
        return accepted.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void failNext(int requests) {
        failNext.set(requests);
    }

    public int failedRequests() {
        return failed.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
