package nl.vptscan.assessment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The open eisen and waarschuwingen of submitted audits: those no submitted re-inspection has checked yet. One
 * query, filtered for who asks: deadlines due in a period (for reminders), an organisation's open demands, an
 * inspector's demands whose deadline passed.
 */
@Singleton
public class VerdictDeadlines {

    private static final String OPEN = """
            SELECT v.assessment_id, a.organisation_id, o.name, a.questionnaire_id, v.topic, v.verdict, v.deadline,
                   v.note, a.created_by, f.assessment_id AS follow_up_id
            FROM audit_verdict v
            JOIN assessment a ON a.id = v.assessment_id
            JOIN organisation o ON o.id = a.organisation_id
            LEFT JOIN audit_follow_up f ON f.earlier_id = a.id
            LEFT JOIN assessment fa ON fa.id = f.assessment_id
            WHERE a.kind = 'AUDIT' AND a.status = 'SUBMITTED' AND v.verdict IN ('EIS', 'WAARSCHUWING')
              AND (fa.id IS NULL OR fa.status = 'DRAFT')
              AND %s
            ORDER BY v.deadline IS NULL, v.deadline, o.name, v.assessment_id, v.topic""";

    private final JdbcOperations jdbc;

    VerdictDeadlines(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The open demands whose deadline falls from {@code from} to {@code to}, both included: what a reminder is due for. */
    @Transactional(readOnly = true)
    public List<OpenDemand> dueBetween(LocalDate from, LocalDate to) {
        return query("v.deadline BETWEEN ? AND ?", s -> {
            s.setDate(1, Date.valueOf(from));
            s.setDate(2, Date.valueOf(to));
        });
    }

    /** The organisation's open demands, earliest deadline first. */
    @Transactional(readOnly = true)
    public List<OpenDemand> openOf(long organisationId) {
        return query("a.organisation_id = ?", s -> s.setLong(1, organisationId));
    }

    /** The inspector's open demands whose deadline lies before {@code today}: each awaits a re-inspection. */
    @Transactional(readOnly = true)
    public List<OpenDemand> awaitingFollowUp(String inspector, LocalDate today) {
        return query("a.created_by = ? AND v.deadline < ?", s -> {
            s.setString(1, inspector);
            s.setDate(2, Date.valueOf(today));
        });
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<OpenDemand> query(String condition, Binder binder) {
        return jdbc.prepareStatement(OPEN.formatted(condition), statement -> {
            binder.bind(statement);
            List<OpenDemand> demands = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Date deadline = rs.getDate("deadline");
                    long followUp = rs.getLong("follow_up_id");
                    Long followUpId = rs.wasNull() ? null : followUp;
                    demands.add(new OpenDemand(rs.getLong("assessment_id"), rs.getLong("organisation_id"),
                            rs.getString("name"), rs.getString("questionnaire_id"), rs.getString("topic"),
                            Verdict.valueOf(rs.getString("verdict")), deadline == null ? null : deadline.toLocalDate(),
                            rs.getString("note"), rs.getString("created_by"), followUpId));
                }
            }
            return demands;
        });
    }
}
