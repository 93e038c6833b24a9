package nl.vptscan.assessment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Stamps {@code organisation.grouped_at} when an organisation moves between benchmark groups (its region, its start
 * date there or its sector changed), which tells the benchmark that kept group figures no longer hold. Each stamp
 * is later than every stamp before it, even when the clock has not moved on a millisecond (or lags another
 * instance's), so the newest stamp changes with every move. Runs in the caller's transaction.
 */
@Singleton
class GroupingStamp {

    private final JdbcOperations jdbc;

    GroupingStamp(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void stamp(long organisationId, Instant now) {
        Instant last = jdbc.prepareStatement("SELECT MAX(grouped_at) FROM organisation", statement -> {
            try (ResultSet r = statement.executeQuery()) {
                Timestamp max = r.next() ? r.getTimestamp(1) : null;
                return max == null ? Instant.EPOCH : max.toInstant();
            }
        });
        Instant stamp = now.truncatedTo(ChronoUnit.MILLIS);
        if (!stamp.isAfter(last)) {
            stamp = last.plusMillis(1);
        }
        Timestamp at = Timestamp.from(stamp);
        jdbc.prepareStatement("UPDATE organisation SET grouped_at = ? WHERE id = ?", statement -> {
            statement.setTimestamp(1, at);
            statement.setLong(2, organisationId);
            return statement.executeUpdate();
        });
    }
}
