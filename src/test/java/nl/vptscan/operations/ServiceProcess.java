package nl.vptscan.operations;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One instance of the service as a child JVM (the application's main class on the test's class path, without the
 * test classes), on a free port, configured only through its environment as in production. Its output goes to
 * {@code target/instances/<name>.log}.
 */
final class ServiceProcess implements AutoCloseable {

    static final String JWT_SECRET = "multi-instance-signing-secret-0123456789";
    static final String ADMIN = "multi-admin";
    static final String ADMIN_PASSWORD = "twee-instanties-wachtzin-0123";

    final String name;
    final URI base;
    final Path log;
    private final Process process;

    private ServiceProcess(String name, URI base, Path log, Process process) {
        this.name = name;
        this.base = base;
        this.log = log;
        this.process = process;
    }

    /** Starts an instance on the given database; it is up once {@link #awaitUp} returns. */
    static ServiceProcess start(String name, String databaseUrl, String user, String password) throws IOException {
        int port = freePort();
        Path log = Path.of("target", "instances", name + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", applicationClassPath(), "nl.vptscan.Application"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("MICRONAUT_") || key.startsWith("DATASOURCES_") || key.startsWith("VPTSCAN_"));
        env.putAll(new HashMap<>(Map.of(
                "MICRONAUT_SERVER_PORT", String.valueOf(port),
                "MICRONAUT_ENVIRONMENTS", "multi",
                "DATASOURCES_DEFAULT_URL", databaseUrl,
                "DATASOURCES_DEFAULT_USERNAME", user,
                "DATASOURCES_DEFAULT_PASSWORD", password,
                "VPTSCAN_JWT_SECRET", JWT_SECRET,
                "VPTSCAN_ADMIN_USERNAME", ADMIN,
                "VPTSCAN_ADMIN_PASSWORD", ADMIN_PASSWORD)));
        return new ServiceProcess(name, URI.create("http://127.0.0.1:" + port), log, builder.start());
    }

    /** Waits until {@code /health} answers UP; fails with the end of the instance's log otherwise. */
    ServiceProcess awaitUp(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped with exit code " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not start within " + timeout + ":\n" + tail());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the instance at once, as a crash or {@code kill -9} would: no shutdown hooks, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    String tail() throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** The test's class path less the test classes, so the instance runs the application as deployed. */
    static String applicationClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
