package nl.vptscan.access;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct connections to the tests' MariaDB database (or to another database on the same server). */
final class TestDatabase {

    static final String URL = System.getenv().getOrDefault("VPTSCAN_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/vptscan_test");
    static final String SERVER = URL.replaceFirst("/[^/]*$", "/");
    static final String NAME = URL.substring(URL.lastIndexOf('/') + 1);
    static final String USER = System.getenv().getOrDefault("VPTSCAN_TEST_DB_USER", "vptscan");
    static final String PASSWORD = System.getenv().getOrDefault("VPTSCAN_TEST_DB_PASSWORD", "vptscan");

    private TestDatabase() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    static Connection server() throws SQLException {
        return DriverManager.getConnection(SERVER, USER, PASSWORD);
    }
}
