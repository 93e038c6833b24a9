package nl.vptscan.access;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts failed logins in the database per account + client address, per client address and per account, and
 * says whether a login may check its password now. An attempt reserves its failure before the password is
 * checked (under a row lock, so parallel attempts are counted one by one) and gives it back when it succeeds;
 * a throttled attempt changes nothing. Several instances share the counts.
 */
@Singleton
class LoginThrottle {

    private enum Kind { ACCOUNT_ADDRESS, ADDRESS, ACCOUNT }

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final ThrottleConfiguration config;
    private final Clock clock;

    LoginThrottle(JdbcOperations jdbc, TransactionOperations<Connection> transactions, ThrottleConfiguration config,
                  Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.config = config;
        this.clock = clock;
    }

    /** Reserves one failure for this login; false (and nothing counted) while any of its keys is throttled. */
    boolean reserve(String username, String address) {
        Map<String, Kind> keys = keys(username, address);
        // rows first, in a transaction of their own: inserting and then locking in one would let two logins deadlock
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "INSERT IGNORE INTO login_attempt (attempt_key, failures, account_key) VALUES (?, 0, ?), (?, 0, ?), (?, 0, ?)",
                s -> {
                    int i = 1;
                    for (Map.Entry<String, Kind> key : keys.entrySet()) {
                        s.setString(i++, key.getKey());
                        s.setString(i++, key.getValue() == Kind.ADDRESS ? null : accountKey(username));
                    }
                    return s.executeUpdate();
                }));
        return transactions.executeWrite(status -> {
            Instant now = clock.instant();
            Instant forgotten = now.minus(config.forgetAfter());
            boolean throttled = jdbc.prepareStatement("SELECT attempt_key, failures, last_failure FROM login_attempt "
                    + "WHERE attempt_key IN (?, ?, ?) ORDER BY attempt_key FOR UPDATE", s -> {
                bind(s, keys, 1);
                boolean any = false;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Timestamp last = rs.getTimestamp(3);
                        if (last != null && last.toInstant().isAfter(forgotten) && last.toInstant()
                                .plus(config.delay(rs.getInt(2), limit(keys.get(rs.getString(1))))).isAfter(now)) {
                            any = true;
                        }
                    }
                }
                return any;
            });
            if (throttled) {
                return false;
            }
            jdbc.prepareStatement("UPDATE login_attempt SET failures = CASE WHEN last_failure IS NULL OR last_failure < ? "
                    + "THEN 1 ELSE failures + 1 END, last_failure = ? WHERE attempt_key IN (?, ?, ?)", s -> {
                s.setTimestamp(1, Timestamp.from(forgotten));
                s.setTimestamp(2, Timestamp.from(now));
                bind(s, keys, 3);
                return s.executeUpdate();
            });
            return true;
        });
    }

    /** A successful login: the account's counts start again, and the address gets its reservation back. */
    void succeeded(String username, String address) {
        Map<String, Kind> keys = keys(username, address);
        transactions.executeWrite(status -> {
            keys.forEach((key, kind) -> jdbc.prepareStatement(kind == Kind.ADDRESS
                    ? "UPDATE login_attempt SET failures = GREATEST(failures - 1, 0) WHERE attempt_key = ?"
                    : "UPDATE login_attempt SET failures = 0, last_failure = NULL WHERE attempt_key = ?", s -> {
                s.setString(1, key);
                return s.executeUpdate();
            }));
            return null;
        });
    }

    /** An administrator unlocks an account: its failures from every address are forgotten. */
    int clear(String username) {
        String account = accountKey(username);
        return transactions.executeWrite(status -> jdbc.prepareStatement(
                "DELETE FROM login_attempt WHERE account_key = ? OR attempt_key = ?", s -> {
                    s.setString(1, account);
                    s.setString(2, hash("account|" + name(username) + "|"));
                    return s.executeUpdate();
                }));
    }

    /** Removes counts nobody remembers any more. */
    int forgetOld() {
        Instant before = clock.instant().minus(config.forgetAfter());
        return transactions.executeWrite(status -> jdbc.prepareStatement(
                "DELETE FROM login_attempt WHERE last_failure IS NULL OR last_failure < ?", s -> {
                    s.setTimestamp(1, Timestamp.from(before));
                    return s.executeUpdate();
                }));
    }

    private static void bind(PreparedStatement statement, Map<String, Kind> keys, int first) throws SQLException {
        int i = first;
        for (String key : keys.keySet()) {
            statement.setString(i++, key);
        }
    }

    private int limit(Kind kind) {
        return switch (kind) {
            case ACCOUNT_ADDRESS -> config.accountAddressLimit();
            case ADDRESS -> config.addressLimit();
            case ACCOUNT -> config.accountLimit();
        };
    }

    private static Map<String, Kind> keys(String username, String address) {
        String name = name(username);
        Map<String, Kind> keys = new TreeMap<>();
        keys.put(hash("account-address|" + name + "|" + address), Kind.ACCOUNT_ADDRESS);
        keys.put(hash("address||" + address), Kind.ADDRESS);
        keys.put(hash("account|" + name + "|"), Kind.ACCOUNT);
        return keys;
    }

    private static String name(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private static String accountKey(String username) {
        return hash("account-of|" + name(username));
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
