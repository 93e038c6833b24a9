package nl.vptscan.improvementplan;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.access.Caller;
import nl.vptscan.access.Role;
import nl.vptscan.reminder.Audience;
import nl.vptscan.reminder.Reminder;
import nl.vptscan.reminder.ReminderSource;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Overdue plan actions, to the employers of the organisation: every action not done whose due date has passed, of
 * the organisation's latest submitted self-assessment of each questionnaire (an older plan is superseded).
 */
@Singleton
class OverdueActionReminders implements ReminderSource {

    static final String KIND = "plan-action-overdue";

    private static final String OVERDUE = """
            SELECT ia.id, ia.assessment_id, ia.position, ia.measure_nl, ia.measure_en, ia.due_date, a.organisation_id
            FROM improvement_action ia
            JOIN assessment a ON a.id = ia.assessment_id
            WHERE ia.status <> 'DONE' AND ia.due_date < ? AND a.kind = 'SELF' AND a.status = 'SUBMITTED' %s
              AND NOT EXISTS (SELECT 1 FROM assessment b WHERE b.organisation_id = a.organisation_id
                              AND b.questionnaire_id = a.questionnaire_id AND b.kind = 'SELF'
                              AND b.status = 'SUBMITTED' AND b.submitted_at > a.submitted_at)
            ORDER BY ia.due_date, ia.assessment_id, ia.position""";

    private final JdbcOperations jdbc;

    OverdueActionReminders(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> due(LocalDate today) {
        return overdue(today, null);
    }

    /** An employer's dashboard asks for its own organisation's actions only; nobody else is their audience. */
    @Override
    @Transactional(readOnly = true)
    public List<Reminder> dueFor(LocalDate today, Caller caller) {
        return caller.role() == Role.EMPLOYER && caller.organisationId() != null
                ? overdue(today, caller.organisationId()) : List.of();
    }

    private List<Reminder> overdue(LocalDate today, Long organisation) {
        return jdbc.prepareStatement(OVERDUE.formatted(organisation == null ? "" : "AND a.organisation_id = ?"), statement -> {
            statement.setDate(1, Date.valueOf(today));
            if (organisation != null) {
                statement.setLong(2, organisation);
            }
            List<Reminder> reminders = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    long assessment = r.getLong(2);
                    reminders.add(new Reminder(KIND, String.valueOf(r.getLong(1)), r.getDate(6).toLocalDate(),
                            Audience.employersOf(r.getLong(7)), List.of(r.getInt(3) + 1,
                            new Reminder.Localized(r.getString(4), r.getString(5)), r.getDate(6).toLocalDate()),
                            "/beoordelingen/" + assessment + "/plan"));
                }
            }
            return reminders;
        });
    }
}
