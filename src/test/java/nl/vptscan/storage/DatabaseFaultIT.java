package nl.vptscan.storage;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.TestAnswers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MariaDB stops and starts again under a steady stream of submits: while it is down the service answers 503
 * quickly, it recovers by itself, and every submit that got a 2xx is stored completely while no other is.
 * Runs in its own failsafe execution after the other integration tests, because it stops the shared server.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseFaultIT {

    private static final int DRAFTS = 150;
    private static final long PACE_MS = 100;

    @Inject
    @Client("/")
    HttpClient client;

    record Outcome(long assessment, int status, long millis, long atMillis) {
    }

    @Test
    @SuppressWarnings("unchecked")
    void survivesTheDatabaseGoingAwayAndComingBack() throws Exception {
        BlockingHttpClient http = client.toBlocking();
        List<Long> drafts = prepareDrafts(http);
        List<Outcome> outcomes = new ArrayList<>();
        long start = System.currentTimeMillis();
        t0 = start;
        long stoppedAt = -1;
        long startedAt = -1;
        int index = 0;
        while (index < drafts.size()) {
            long now = System.currentTimeMillis() - start;
            if (stoppedAt < 0 && now > 1000) {
                stopDatabase();
                stoppedAt = System.currentTimeMillis() - start;
            }
            if (stoppedAt >= 0 && startedAt < 0 && now > stoppedAt + 5000) {
                startDatabase();
                startedAt = System.currentTimeMillis() - start;
            }
            long assessment = drafts.get(index);
            long before = System.currentTimeMillis();
            int status;
            try {
                status = http.exchange(HttpRequest.POST("/api/assessments/" + assessment + "/submit", Map.of())).code();
            } catch (HttpClientResponseException e) {
                status = e.code();
            }
            long millis = System.currentTimeMillis() - before;
            outcomes.add(new Outcome(assessment, status, millis, before - start));
            if (status / 100 == 2) {
                index++;  // a refused submit is retried with the same draft, as a client would
            }
            if (startedAt >= 0 && before - start > backAt + 8_000) {
                break;
            }
            Thread.sleep(PACE_MS);
        }
        assertTrue(stoppedAt > 0 && startedAt > 0, "the database was stopped and started");

        for (Outcome o : outcomes) {
            assertTrue(o.status() / 100 == 2 || o.status() == 503, "only 2xx or 503, got " + o);
            assertTrue(o.millis() < 5_000, "answered within 5 s: " + o);
        }
        long unavailable = outcomes.stream().filter(o -> o.status() == 503).count();
        assertTrue(unavailable > 0, "the outage was noticed");
        long databaseBack = backAt;
        long firstSuccessAfterRestart = outcomes.stream().filter(o -> o.atMillis() >= databaseBack && o.status() / 100 == 2)
                .mapToLong(Outcome::atMillis).min().orElseThrow();
        long lastDown = outcomes.stream().filter(o -> o.status() == 503).mapToLong(Outcome::atMillis).max().orElseThrow();
        assertTrue(firstSuccessAfterRestart - databaseBack <= 10_000,
                "recovered " + (firstSuccessAfterRestart - databaseBack) + " ms after the database was back (last 503 at " + lastDown + ")");

        List<Long> succeeded = outcomes.stream().filter(o -> o.status() / 100 == 2).map(Outcome::assessment).distinct().toList();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (Long id : drafts) {
                String status = single(s, "SELECT status FROM assessment WHERE id = " + id);
                int results = Integer.parseInt(single(s, "SELECT COUNT(*) FROM assessment_result WHERE assessment_id = " + id));
                int topics = Integer.parseInt(single(s, "SELECT COUNT(*) FROM topic_score t JOIN assessment_result r "
                        + "ON r.id = t.result_id WHERE r.assessment_id = " + id));
                if (succeeded.contains(id)) {
                    assertEquals("SUBMITTED", status, "assessment " + id);
                    assertEquals(1, results, "one result for " + id);
                    assertEquals(8, topics, "eight topic scores for " + id);
                } else {
                    assertEquals(status.equals("SUBMITTED") ? 1 : 0, results, "nothing half-written for " + id);
                }
            }
        }
        System.out.printf("fault test: %d submits, %d answered 503, %d stored; max 503 latency %d ms; recovered %d ms after restart%n",
                outcomes.size(), unavailable, succeeded.size(),
                outcomes.stream().filter(o -> o.status() == 503).mapToLong(Outcome::millis).max().orElse(0),
                firstSuccessAfterRestart - databaseBack);
    }

    /** When the test started, and when the database answered again, in ms since then. */
    private long t0 = System.currentTimeMillis();
    private long backAt;

    @AfterAll
    void databaseIsRunningAfterwards() throws Exception {
        startDatabase();
    }

    @SuppressWarnings("unchecked")
    private List<Long> prepareDrafts(BlockingHttpClient http) {
        long org = ((Number) http.retrieve(HttpRequest.POST("/api/organisations", Map.of("name", "Storingstest "
                + UUID.randomUUID(), "sector", "overig", "employees", 10)), Map.class).get("id")).longValue();
        Map<String, Object> answers = TestAnswers.asAnswers(TestAnswers.values("vpt-8-maatregelen", topic -> false,
                LocalDate.now().minusMonths(3)));
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < DRAFTS; i++) {
            long id = ((Number) http.retrieve(HttpRequest.POST("/api/organisations/" + org + "/assessments",
                    Map.of("questionnaireId", "vpt-8-maatregelen")), Map.class).get("id")).longValue();
            http.exchange(HttpRequest.PUT("/api/assessments/" + id + "/answers", Map.of("answers", answers)));
            drafts.add(id);
        }
        return drafts;
    }

    private void stopDatabase() throws IOException, InterruptedException {
        run("mariadb-admin", "shutdown");
        waitFor(false, Duration.ofSeconds(30));
    }

    private void startDatabase() throws IOException, InterruptedException {
        if (ping()) {
            return;
        }
        run("start-stop-daemon", "--start", "--oknodo", "--background", "--exec", "/usr/sbin/mariadbd");
        waitFor(true, Duration.ofSeconds(60));
        backAt = System.currentTimeMillis() - t0;
    }

    private void waitFor(boolean up, Duration limit) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + limit.toMillis();
        while (ping() != up) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("MariaDB did not go " + (up ? "up" : "down") + " within " + limit);
            }
            Thread.sleep(200);
        }
    }

    private static boolean ping() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mariadb-admin", "ping").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getenv().getOrDefault("VPTSCAN_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/vptscan_test"),
                System.getenv().getOrDefault("VPTSCAN_TEST_DB_USER", "vptscan"),
                System.getenv().getOrDefault("VPTSCAN_TEST_DB_PASSWORD", "vptscan"));
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
