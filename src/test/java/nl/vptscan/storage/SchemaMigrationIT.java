package nl.vptscan.storage;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.vptscan.AdminLoginFilter;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Flyway migrations build the whole schema in an empty MariaDB database, and the service reports it healthy. */
class SchemaMigrationIT {

    static final String URL = System.getenv().getOrDefault("VPTSCAN_TEST_DB_URL",
            "jdbc:mariadb://127.0.0.1:3306/vptscan_test");
    static final String SERVER = URL.replaceFirst("/[^/]*$", "/");
    static final String USER = System.getenv().getOrDefault("VPTSCAN_TEST_DB_USER", "vptscan");
    static final String PASSWORD = System.getenv().getOrDefault("VPTSCAN_TEST_DB_PASSWORD", "vptscan");
    /** Beside the tests' own database, named after it, so the grants scripts/setup-test-db.sh gives cover it. */
    static final String DATABASE = URL.replaceFirst("^.*/([^/?]*).*$", "$1") + "_migration";

    @Test
    void migratesAnEmptyDatabaseAndReportsItHealthy() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
        }
        Map<String, Object> config = Map.of(
                "datasources.default.url", SERVER + DATABASE,
                "datasources.default.username", USER,
                "datasources.default.password", PASSWORD,
                "micronaut.server.port", -1,
                "vptscan.admin.username", "migration-admin",
                "vptscan.admin.password", "schema-check-passphrase-0123");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, config, "migration");
             HttpClient client = HttpClient.create(server.getURL())) {
            // the database details of the health answer are for administrators only
            String token = AdminLoginFilter.login(server.getURI(), "migration-admin", "schema-check-passphrase-0123");
            String health = client.toBlocking().retrieve(HttpRequest.GET("/health").bearerAuth(token));
            assertTrue(health.contains("\"status\":\"UP\""), health);
            assertTrue(health.contains("MariaDB") || health.contains("MySQL"), health);
        }
        try (Connection c = DriverManager.getConnection(SERVER + DATABASE, USER, PASSWORD);
             Statement s = c.createStatement();
             ResultSet failed = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0")) {
            failed.next();
            assertEquals(0, failed.getInt(1));
            try (ResultSet tables = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                    + DATABASE + "' AND table_name = 'organisation'")) {
                tables.next();
                assertEquals(1, tables.getInt(1));
            }
        }
    }
}
