package nl.vptscan.access;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.AdminLoginFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wrong passwords slow down further logins of that account from that address, counted atomically in the database:
 * a burst of parallel guesses gets a handful of password checks, and a throttled login looks and takes like any
 * other failure.
 */
@MicronautTest(transactional = false)
@Property(name = "vptscan.login-throttle.base-delay", value = "20s")
class LoginThrottleIT {

    static final String PASSWORD = "correct-horse-battery-staple";

    @Inject
    EmbeddedServer server;

    AuthClient http;
    String admin;

    @BeforeEach
    void setUp() throws Exception {
        http = new AuthClient(server.getURI());
        admin = AdminLoginFilter.login(server.getURI(), "test-admin", "lange-beheerder-wachtzin-2026");
    }

    private String newUser() {
        String name = AuthClient.name("throttle");
        http.createUser(admin, name, PASSWORD, "INSPECTOR");
        return name;
    }

    @Test
    void aParallelBurstOfWrongPasswordsIsThrottledAndTheRightPasswordRefusedAfterwards() throws Exception {
        String user = newUser();
        ExecutorService pool = Executors.newFixedThreadPool(21);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch fiveAnswered = new CountDownLatch(5);
        List<Future<Integer>> wrong = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                String guess = "wrong-password-" + i;
                wrong.add(pool.submit(() -> {
                    start.await();
                    int status = http.login(user, guess).statusCode();
                    fiveAnswered.countDown();
                    return status;
                }));
            }
            // the right password joins the burst once five guesses have had their answer (the ones allowed)
            Future<Integer> right = pool.submit(() -> {
                fiveAnswered.await();
                return http.login(user, PASSWORD).statusCode();
            });
            start.countDown();
            for (Future<Integer> f : wrong) {
                assertEquals(401, f.get());
            }
            assertEquals(401, right.get(), "the right password during the burst");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(401, http.login(user, PASSWORD).statusCode(), "the right password while throttled");
        int checked = failuresCounted(user, "127.0.0.1");
        assertTrue(checked <= 6, "password checks of the burst: " + checked);
    }

    @Test
    void afterTheDelayTheRightPasswordWorksAgain() throws Exception {
        String user = newUser();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, http.login(user, "wrong-password-" + i).statusCode());
        }
        assertEquals(401, http.login(user, PASSWORD).statusCode(), "throttled");
        Thread.sleep(20_500);
        assertEquals(200, http.login(user, PASSWORD).statusCode(), "after the delay");
    }

    @Test
    void aThrottledLoginAnswersLikeAndAsSlowlyAsAWrongPassword() {
        String throttled = newUser();
        List<String> ordinary = List.of(newUser(), newUser(), newUser());
        for (int i = 0; i < 5; i++) {
            http.login(throttled, "wrong-password-" + i);
        }
        String throttledBody = http.login(throttled, PASSWORD).body();
        String ordinaryBody = http.login(ordinary.get(0), "wrong-password").body();
        assertEquals(ordinaryBody, throttledBody, "the same answer");
        List<Long> throttledTimes = new ArrayList<>();
        List<Long> ordinaryTimes = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            throttledTimes.add(timed(throttled, PASSWORD));
            ordinaryTimes.add(timed(ordinary.get(i / 3), "wrong-password-" + i));
        }
        double ratio = (double) median(throttledTimes) / median(ordinaryTimes);
        assertTrue(ratio > 0.5 && ratio < 2, "throttled " + throttledTimes + " ns against ordinary " + ordinaryTimes);
    }

    /** The failed logins the database counted for the account from the address: one per password check. */
    private int failuresCounted(String user, String address) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT failures FROM login_attempt WHERE attempt_key = SHA2(CONCAT('account-address|', ?, '|', ?), 256)")) {
            s.setString(1, user.toLowerCase(java.util.Locale.ROOT));
            s.setString(2, address);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "no count for " + user);
                return rs.getInt(1);
            }
        }
    }

    private long timed(String user, String password) {
        long start = System.nanoTime();
        assertEquals(401, http.login(user, password).statusCode());
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
