package nl.vptscan.assessment;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.questionnaire.Text;
import nl.vptscan.reminder.Audience;
import nl.vptscan.reminder.Reminder;
import nl.vptscan.reminder.ReminderSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An eis or waarschuwing whose deadline approaches ({@code vptscan.reminders.demand-days-before} days before, 14 by
 * default, up to the deadline itself), to the employers of the organisation and to the inspector who gave it. The
 * dashboards list open demands already, so these are mailed only.
 */
@Singleton
class DemandDeadlineReminders implements ReminderSource {

    static final String KIND = "demand-deadline";

    private final VerdictDeadlines deadlines;
    private final QuestionnaireCatalog catalog;
    private final int daysBefore;

    DemandDeadlineReminders(VerdictDeadlines deadlines, QuestionnaireCatalog catalog,
                            @Value("${vptscan.reminders.demand-days-before:14}") int daysBefore) {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("vptscan.reminders.demand-days-before must be 0 or more, not " + daysBefore);
        }
        this.deadlines = deadlines;
        this.catalog = catalog;
        this.daysBefore = daysBefore;
    }

    @Override
    public List<Reminder> due(LocalDate today) {
        List<Reminder> reminders = new ArrayList<>();
        for (OpenDemand demand : deadlines.dueBetween(today, today.plusDays(daysBefore))) {
            Text title = catalog.find(demand.questionnaireId()).flatMap(q -> q.topic(demand.topic())).map(t -> t.title())
                    .orElse(new Text(demand.topic(), demand.topic()));
            List<Object> params = List.of(new Reminder.Localized(demand.verdict().label("nl"), demand.verdict().label("en")),
                    new Reminder.Localized(title.in("nl"), title.in("en")), demand.organisationName(), demand.deadline());
            String subject = demand.auditId() + "/" + demand.topic();
            String link = "/beoordelingen/" + demand.auditId() + "/oordelen";
            reminders.add(new Reminder(KIND, subject, demand.deadline(), Audience.employersOf(demand.organisationId()),
                    params, link));
            reminders.add(new Reminder(KIND, subject, demand.deadline(), Audience.user(demand.inspector()), params, link));
        }
        return reminders;
    }

    @Override
    public boolean onDashboard() {
        return false;
    }
}
