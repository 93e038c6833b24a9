package nl.vptscan.reminder;

import jakarta.inject.Singleton;
import nl.vptscan.access.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The reminders in the app: what is due today for the logged-in user, as its dashboard's "Te doen" lists them. */
@Singleton
public class Reminders {

    /** One line of "Te doen": the reminder's subject in the page's language and the page it is about. */
    public record Line(String kind, String text, String link, LocalDate dueOn) {
    }

    private final List<ReminderSource> sources;
    private final ReminderTexts texts;
    private final Clock clock;

    Reminders(List<ReminderSource> sources, ReminderTexts texts, Clock clock) {
        this.sources = sources;
        this.texts = texts;
        this.clock = clock;
    }

    /** The user's reminders of today that the dashboard does not show in its own words, earliest due first. */
    public List<Line> of(Caller caller, String lang) {
        LocalDate today = LocalDate.now(clock);
        List<Line> lines = new ArrayList<>();
        for (ReminderSource source : sources) {
            if (!source.onDashboard()) {
                continue;
            }
            for (Reminder reminder : source.dueFor(today, caller)) {
                lines.add(new Line(reminder.kind(), texts.subject(reminder, lang), reminder.link(), reminder.dueOn()));
            }
        }
        lines.sort(Comparator.comparing(Line::dueOn));
        return lines;
    }
}
