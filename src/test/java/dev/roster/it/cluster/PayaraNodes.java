package dev.roster.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Roster nodes as separate Payara Micro processes, for tests that need more than one server or a SIGKILL
 * (Arquillian manages one server and stops it politely). Each node runs the packaged {@code target/roster.war}
 * on a free loopback port with phone-home disabled and Hazelcast off (or, when asked, in one data grid with an
 * explicit TCP member list on 127.0.0.1 and Hazelcast's phone-home off), its HTTP listener bound to 127.0.0.1,
 * configured through the environment only (as in production), and logs to {@code target/nodes/<name>.log}.
 * {@link #close()} kills whatever is still running.
 */
final class PayaraNodes implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    private static final HttpClient PROBE = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final Path workDir;
    private final List<Node> nodes = new ArrayList<>();

    PayaraNodes(String purpose) {
        try {
            Path target = Path.of(System.getProperty("roster.war", "target/roster.war"))
                    .toAbsolutePath()
                    .getParent();
            workDir = Files.createDirectories(target.resolve("nodes"))
                    .resolve(purpose + "-" + System.currentTimeMillis());
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path workDir() {
        return workDir;
    }

    /**
     * A node's settings: environment variables (ROSTER_…), whether it needs the PostgreSQL driver, and the
     * data-grid members when the nodes should form a Payara data grid (else Hazelcast is off).
     */
    static final class Settings {
        final Map<String, String> env = new LinkedHashMap<>();
        boolean postgresDriver;
        List<Integer> gridPorts = List.of();

        /** Joins the nodes in one data grid: TCP member list on 127.0.0.1 at these ports, phone-home off. */
        Settings dataGrid(List<Integer> ports) {
            gridPorts = List.copyOf(ports);
            return this;
        }

        Settings env(String name, String value) {
            env.put(name, value);
            return this;
        }

        Settings postgres(String url, String user, String password) {
            postgresDriver = true;
            return env("ROSTER_DB_URL", url)
                    .env("ROSTER_DB_DRIVER", "org.postgresql.Driver")
                    .env("ROSTER_DB_USER", user)
                    .env("ROSTER_DB_PASSWORD", password);
        }
    }

    /** Starts a node (does not wait for it: see {@link Node#awaitReady()}). {@code dir} is its working directory. */
    Node start(String name, Settings settings, Path dir) {
        return start(name, settings, dir, -1);
    }

    /** Starts a node whose data-grid port is {@code gridPort} (one of the settings' grid ports). */
    Node start(String name, Settings settings, Path dir, int gridPort) {
        try {
            Files.createDirectories(dir);
            int port = freePort();
            Path preboot = workDir.resolve(name + "-preboot.asadmin");
            Files.writeString(
                    preboot,
                    "set configs.config.server-config.network-config.network-listeners."
                            + "network-listener.http-listener.address=127.0.0.1\n");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1",
                    "-Dhazelcast.phone.home.enabled=false",
                    "-Dhazelcast.socket.bind.any=false",
                    "-jar",
                    payaraJar().toString(),
                    "--deploy",
                    war().toString(),
                    "--contextroot",
                    "/",
                    "--port",
                    Integer.toString(port),
                    "--disablephonehome",
                    "--rootdir",
                    workDir.resolve(name + "-root-" + port).toString(),
                    "--prebootcommandfile",
                    preboot.toString()));
            Path logging = Path.of("server-config", "logging.properties").toAbsolutePath();
            if (Files.isRegularFile(logging)) {
                command.add("--logproperties");
                command.add(logging.toString());
            }
            if (settings.gridPorts.isEmpty()) {
                command.add("--nohazelcast");
            } else {
                if (!settings.gridPorts.contains(gridPort)) {
                    throw new IllegalArgumentException(
                            "grid port " + gridPort + " is not one of " + settings.gridPorts);
                }
                StringBuilder members = new StringBuilder("tcpip:");
                for (int member : settings.gridPorts) {
                    members.append(members.length() > 6 ? "," : "")
                            .append("127.0.0.1:")
                            .append(member);
                }
                command.addAll(List.of(
                        "--clustermode",
                        members.toString(),
                        "--interfaces",
                        "127.0.0.1",
                        "--startport",
                        Integer.toString(gridPort)));
            }
            if (settings.postgresDriver) {
                command.add("--addlibs");
                command.add(postgresJar().toString());
            }
            Path log = workDir.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().keySet().removeIf(key -> key.startsWith("ROSTER_"));
            builder.environment().putAll(settings.env);
            Node node = new Node(name, port, builder.start(), log);
            nodes.add(node);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills every node still running and deletes their unpacked runtimes (logs and data stay). */
    @Override
    public void close() {
        for (Node node : nodes) {
            node.kill();
        }
        try (var entries = Files.list(workDir)) {
            for (Path root : entries.filter(p -> p.getFileName().toString().contains("-root-"))
                    .toList()) {
                deleteTree(root);
            }
        } catch (IOException e) {
            // leftovers under target/ only
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Ports free on 127.0.0.1 right now (for data-grid members). */
    static List<Integer> freePorts(int count) {
        List<Integer> ports = new ArrayList<>();
        try {
            while (ports.size() < count) {
                int port = freePort();
                if (!ports.contains(port)) {
                    ports.add(port);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ports;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Path war() {
        Path war =
                Path.of(System.getProperty("roster.war", "target/roster.war")).toAbsolutePath();
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException(war + " is missing: run the integration tests with mvn verify");
        }
        return war;
    }

    private static Path payaraJar() {
        return existing("roster.it.payara.jar", "fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar");
    }

    private static Path postgresJar() {
        return existing("roster.it.postgresql.jar", "org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar");
    }

    private static Path existing(String property, String inLocalRepository) {
        String configured = System.getProperty(property);
        Path path = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository").resolve(inLocalRepository);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing (system property " + property + ")");
        }
        return path;
    }

    /** One Payara Micro process. */
    static final class Node {
        final String name;
        final int port;
        final Process process;
        final Path log;

        Node(String name, int port, Process process, Path log) {
            this.name = name;
            this.port = port;
            this.process = process;
            this.log = log;
        }

        /** {@code http://127.0.0.1:<port>/} */
        URI base() {
            return URI.create("http://127.0.0.1:" + port + "/");
        }

        /** Waits (bounded) until {@code /health/ready} answers 200; fails with the log's tail otherwise. */
        Node awaitReady() {
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            name + " exited with " + process.exitValue() + " during start-up:\n" + tail());
                }
                try {
                    HttpResponse<Void> ready = PROBE.send(
                            HttpRequest.newBuilder(base().resolve("health/ready"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (ready.statusCode() == 200) {
                        return this;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep(500);
            }
            throw new IllegalStateException(name + " not ready after " + READY_TIMEOUT.toSeconds() + " s:\n" + tail());
        }

        /** SIGKILL (what {@link Process#destroyForcibly()} sends on Linux), and waits until the process is gone. */
        void kill() {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException(name + " (pid " + process.pid() + ") survived SIGKILL for 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Waits (bounded) until the node's log reports a data grid of {@code size} members. */
        boolean awaitGridSize(int size, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    if (Files.readString(log).contains("DG Size: " + size)) {
                        return true;
                    }
                } catch (IOException e) {
                    // not written yet
                }
                sleep(500);
            }
            return false;
        }

        boolean isAlive() {
            return process.isAlive();
        }

        String tail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
