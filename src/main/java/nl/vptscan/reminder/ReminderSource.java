package nl.vptscan.reminder;

import nl.vptscan.access.Caller;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature's reminders: what is due on a day, for whom. Every bean of this type is asked by the daily job and by
 * the dashboard; another kind of reminder is one more class implementing this (with its texts in the bundles).
 */
public interface ReminderSource {

    /** The reminders due on the day (overdue ones included, for as long as they are). */
    List<Reminder> due(LocalDate today);

    /**
     * The reminders due on the day for the logged-in user, as its dashboard lists them. A source that can ask only
     * for the caller's own (rather than everyone's, then filtered) does so here.
     */
    default List<Reminder> dueFor(LocalDate today, Caller caller) {
        return due(today).stream().filter(r -> r.audience().includes(caller)).toList();
    }

    /** False when the dashboard shows these things already in its own words (then they are mailed only). */
    default boolean onDashboard() {
        return true;
    }
}
