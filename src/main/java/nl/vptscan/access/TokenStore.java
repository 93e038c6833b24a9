package nl.vptscan.access;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * Whether a login token still counts, read from the database on every request (one primary-key lookup), so a
 * logout or a change of the user on one instance holds on every instance at once.
 */
@Singleton
class TokenStore {

    private final JdbcOperations jdbc;
    private final ConnectionOperations<Connection> connections;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    TokenStore(JdbcOperations jdbc, ConnectionOperations<Connection> connections,
               TransactionOperations<Connection> transactions, Clock clock) {
        this.jdbc = jdbc;
        this.connections = connections;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * True when the user is active, still at this token generation, and the token was not logged out. One statement
     * on a connection in auto-commit, without a transaction around it: a transaction would add a round trip to
     * the database on each side of this one, on every authenticated request.
     */
    boolean isCurrent(long userId, long generation, String jti) {
        return connections.executeRead(status -> jdbc.prepareStatement("SELECT u.token_generation, u.active, "
                + "(SELECT COUNT(*) FROM revoked_token r WHERE r.jti = ?) FROM app_user u WHERE u.id = ?", s -> {
            s.setString(1, jti);
            s.setLong(2, userId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getLong(1) == generation && rs.getBoolean(2) && rs.getInt(3) == 0;
            }
        }));
    }

    /** Ends one token; the row goes when the token would have expired anyway. */
    void revoke(String jti, Instant expiresAt) {
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "INSERT IGNORE INTO revoked_token (jti, expires_at) VALUES (?, ?)", s -> {
                    s.setString(1, jti);
                    s.setTimestamp(2, Timestamp.from(expiresAt));
                    return s.executeUpdate();
                }));
    }

    /** Removes logged-out tokens that have expired. */
    int forgetExpired() {
        return transactions.executeWrite(status -> jdbc.prepareStatement(
                "DELETE FROM revoked_token WHERE expires_at < ?", s -> {
                    s.setTimestamp(1, Timestamp.from(clock.instant()));
                    return s.executeUpdate();
                }));
    }
}
