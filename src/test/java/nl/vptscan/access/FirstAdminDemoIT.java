package nl.vptscan.access;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** In demo mode the configured first administrator exists beside the demo's users. */
class FirstAdminDemoIT {

    static final String DATABASE = TestDatabase.NAME + "_demo";

    @Test
    void demoModeAlsoCreatesTheConfiguredAdministrator() throws Exception {
        try (Connection c = TestDatabase.server(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
        }
        Map<String, Object> config = Map.of(
                "datasources.default.url", TestDatabase.SERVER + DATABASE,
                "vptscan.demo.enabled", true,
                "vptscan.admin.username", "eerste-beheerder",
                "vptscan.admin.password", "paarse-olifant-danst-2024",
                "micronaut.server.port", -1);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, config, "test")) {
            AuthClient http = new AuthClient(server.getURI());
            assertEquals(200, http.login("demo-beheerder", "demo-wachtwoord").statusCode(), "the demo's administrator");
            assertEquals(200, http.login("eerste-beheerder", "paarse-olifant-danst-2024").statusCode(),
                    "the configured administrator");
        } finally {
            try (Connection c = TestDatabase.server(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            }
        }
    }
}
