package nl.vptscan.reminder;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * The reminders sent: a reminder is claimed by inserting its row (unique per kind, subject, recipient and due date)
 * in a transaction of its own before it is mailed, so that of several job instances only one may send it.
 */
@Singleton
class SentReminders {

    private final JdbcOperations jdbc;
    private final Clock clock;

    SentReminders(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * True when this caller may send the reminder to the recipient; false when it is sent (or being sent) already.
     * The look-up first spares the database a refused insert for every reminder sent on an earlier day.
     */
    @Transactional
    public boolean claim(Reminder reminder, long recipientId) {
        boolean known = jdbc.prepareStatement("SELECT 1 FROM sent_reminder WHERE kind = ? AND subject = ? "
                + "AND recipient_id = ? AND due_on = ?", statement -> {
            key(statement, reminder, recipientId);
            try (var r = statement.executeQuery()) {
                return r.next();
            }
        });
        return !known && jdbc.prepareStatement("INSERT INTO sent_reminder (kind, subject, recipient_id, due_on, sent_at) "
                + "VALUES (?, ?, ?, ?, ?)", statement -> {
            key(statement, reminder, recipientId);
            statement.setTimestamp(5, Timestamp.from(clock.instant()));
            try {
                return statement.executeUpdate() == 1;
            } catch (SQLException e) {
                if (duplicate(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Gives a claim back after the mail failed, so that the next run tries again. */
    @Transactional
    public void release(Reminder reminder, long recipientId) {
        jdbc.prepareStatement("DELETE FROM sent_reminder WHERE kind = ? AND subject = ? AND recipient_id = ? AND due_on = ?",
                statement -> {
                    key(statement, reminder, recipientId);
                    return statement.executeUpdate();
                });
    }

    private static void key(java.sql.PreparedStatement statement, Reminder reminder, long recipientId)
            throws SQLException {
        statement.setString(1, reminder.kind());
        statement.setString(2, reminder.subject());
        statement.setLong(3, recipientId);
        statement.setDate(4, Date.valueOf(reminder.dueOn()));
    }

    /** A unique-key violation: SQL state class 23 (MariaDB 1062, H2 23505). */
    private static boolean duplicate(SQLException e) {
        return e instanceof java.sql.SQLIntegrityConstraintViolationException
                || e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
