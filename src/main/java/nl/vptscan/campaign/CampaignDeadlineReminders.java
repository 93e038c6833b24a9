package nl.vptscan.campaign;

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
 * A campaign's deadline approaching ({@code vptscan.reminders.campaign-days-before} days before, 7 by default, up to
 * the due date itself), to the employers of every asked member that has not submitted. The dashboard lists these
 * requests already, so they are mailed only.
 */
@Singleton
class CampaignDeadlineReminders implements ReminderSource {

    static final String KIND = "campaign-deadline";

    private final CampaignService campaigns;
    private final QuestionnaireCatalog catalog;
    private final int daysBefore;

    CampaignDeadlineReminders(CampaignService campaigns, QuestionnaireCatalog catalog,
                              @Value("${vptscan.reminders.campaign-days-before:7}") int daysBefore) {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("vptscan.reminders.campaign-days-before must be 0 or more, not " + daysBefore);
        }
        this.campaigns = campaigns;
        this.catalog = catalog;
        this.daysBefore = daysBefore;
    }

    @Override
    public List<Reminder> due(LocalDate today) {
        List<Reminder> reminders = new ArrayList<>();
        for (CampaignService.Deadline deadline : campaigns.dueBetween(today, today.plusDays(daysBefore))) {
            CampaignView campaign = deadline.campaign();
            Text title = catalog.find(campaign.questionnaireId()).map(q -> q.title())
                    .orElse(new Text(campaign.questionnaireId(), campaign.questionnaireId()));
            Reminder.Localized questionnaire = new Reminder.Localized(title.in("nl"), title.in("en"));
            Reminder.Localized round = new Reminder.Localized(RoundName.of(campaign.round(), "nl"),
                    RoundName.of(campaign.round(), "en"));
            for (MemberStatus member : campaign.members()) {
                if (member.state() != MemberState.SUBMITTED) {
                    reminders.add(new Reminder(KIND, campaign.id() + "/" + member.organisationId(), campaign.dueOn(),
                            Audience.employersOf(member.organisationId()),
                            List.of(deadline.regionName(), round, questionnaire, campaign.dueOn()), "/#todo"));
                }
            }
        }
        return reminders;
    }

    @Override
    public boolean onDashboard() {
        return false;
    }
}
