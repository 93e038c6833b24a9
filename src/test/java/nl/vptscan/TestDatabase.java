package nl.vptscan;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import nl.vptscan.bench.BareServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A connection of its own to the service's database, for tests that write or read rows directly (results with
 * chosen scores and dates, a transaction held open beside the service's): the datasource's url, user and password.
 * The bare server of the start-up benchmark has no datasource, so none there.
 */
@Singleton
@Requires(notEnv = BareServer.ENVIRONMENT)
public final class TestDatabase {

    private final String url;
    private final String user;
    private final String password;

    TestDatabase(@Value("${datasources.default.url}") String url, @Value("${datasources.default.username}") String user,
                 @Value("${datasources.default.password}") String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** A new connection in auto-commit; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
