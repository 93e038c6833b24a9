package nl.vptscan.access;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A flood of logins does not take the database pool from other users: passwords are hashed outside it. The pool
 * is small here (4, with the configured wait of 2 s for a connection) so a login holding a connection would show.
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.maximum-pool-size", value = "4")
class LoginFloodIT {

    @Inject
    EmbeddedServer server;

    @Test
    void otherUsersAreServedWhileThirtyLoginsOfUnknownNamesRun() throws Exception {
        AuthClient http = new AuthClient(server.getURI());
        String admin = http.token("test-admin", "lange-beheerder-wachtzin-2026");
        String user = AuthClient.name("flood");
        http.createUser(admin, user, "correct-horse-battery-staple", "INSPECTOR");
        String token = http.token(user, "correct-horse-battery-staple");

        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Future<Integer>> logins = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                logins.add(pool.submit(() -> {
                    int n = 0;
                    while (running.get()) {
                        http.login(AuthClient.name("unknown"), "some-password-guess");
                        n++;
                    }
                    return n;
                }));
            }
            Thread.sleep(500);
            for (int i = 0; i < 20; i++) {
                statuses.add(http.get("/api/organisations", token).statusCode());
                Thread.sleep(50);
            }
        } finally {
            running.set(false);
            pool.shutdown();
        }
        int attempts = 0;
        for (Future<Integer> f : logins) {
            attempts += f.get();
        }
        assertTrue(attempts >= 30, "logins made: " + attempts);
        assertEquals(List.of(), statuses.stream().filter(s -> s != 200).toList(), "answers other than 200 of " + statuses);
    }
}
