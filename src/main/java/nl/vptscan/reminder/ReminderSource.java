package nl.vptscan.reminder;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature's reminders: what is due on a day, for whom. Every bean of this type is asked by the daily job and by
 * the dashboard; another kind of reminder is one more class implementing this (with its texts in the bundles).
 */
public interface ReminderSource {

    /** The reminders due on the day (overdue ones included, for as long as they are). */
    List<Reminder> due(LocalDate today);

    /** False when the dashboard shows these things already in its own words (then they are mailed only). */
    default boolean onDashboard() {
        return true;
    }
}
