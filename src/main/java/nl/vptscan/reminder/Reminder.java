package nl.vptscan.reminder;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing due, for an audience: of which kind (e.g. {@code plan-action-overdue}), about what ({@code subject}, an id
 * unique within the kind), by when ({@code dueOn}), told by the bundle texts {@code reminder.<kind>.subject} and
 * {@code reminder.<kind>.body} with the parameters (a {@link Localized} one is picked by the reader's language, a
 * date is written out in it), with the path of the page concerned ({@code link}, e.g. {@code /beoordelingen/7/plan}).
 * The kind, subject, recipient and due date together are sent once.
 */
public record Reminder(String kind, String subject, LocalDate dueOn, Audience audience, List<Object> params,
                       String link) {

    public Reminder {
        params = List.copyOf(params);
    }

    /** A parameter that has a Dutch and an English text, such as an action's measure. */
    public record Localized(String nl, String en) {

        String in(String lang) {
            return "en".equals(lang) ? en : nl;
        }
    }
}
