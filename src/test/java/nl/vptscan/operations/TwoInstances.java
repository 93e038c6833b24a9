package nl.vptscan.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Two instances of the service as separate processes over one MariaDB database ({@code <test database>_multi},
 * made afresh), with the same signing secret and first administrator: what a load balancer would have behind it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoInstances {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServiceProcess one;
    ServiceProcess two;
    String adminToken;

    @BeforeAll
    void startTwoInstances() throws Exception {
        String base = System.getenv().getOrDefault("VPTSCAN_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/vptscan_test");
        String user = System.getenv().getOrDefault("VPTSCAN_TEST_DB_USER", "vptscan");
        String password = System.getenv().getOrDefault("VPTSCAN_TEST_DB_PASSWORD", "vptscan");
        String database = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_multi";
        try (Connection connection = DriverManager.getConnection(base, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String url = base.substring(0, base.lastIndexOf('/') + 1) + database;
        String name = getClass().getSimpleName();
        one = ServiceProcess.start(name + "-1", url, user, password);
        two = ServiceProcess.start(name + "-2", url, user, password);
        one.awaitUp(Duration.ofMinutes(4));
        two.awaitUp(Duration.ofMinutes(4));
        adminToken = login(one, ServiceProcess.ADMIN, ServiceProcess.ADMIN_PASSWORD).orElseThrow();
    }

    @AfterAll
    void stopInstances() throws InterruptedException {
        if (one != null) {
            one.close();
        }
        if (two != null) {
            two.close();
        }
    }

    /** A response: its status and body. */
    record Reply(int status, String body) {
        boolean ok() {
            return status / 100 == 2;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map() throws IOException {
            return JSON.readValue(body, Map.class);
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() throws IOException {
            return JSON.readValue(body, List.class);
        }
    }

    static Reply send(ServiceProcess to, String method, String path, Object body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(to.base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    Reply admin(ServiceProcess to, String method, String path, Object body) throws IOException, InterruptedException {
        Reply reply = send(to, method, path, body, adminToken);
        if (!reply.ok()) {
            throw new AssertionError(method + " " + path + " on " + to.name + ": " + reply.status + " " + reply.body);
        }
        return reply;
    }

    static java.util.Optional<String> login(ServiceProcess to, String username, String password)
            throws IOException, InterruptedException {
        Reply reply = send(to, "POST", "/login", Map.of("username", username, "password", password), null);
        return reply.status == 200 ? java.util.Optional.of((String) reply.map().get("access_token"))
                : java.util.Optional.empty();
    }
}
