package nl.vptscan.access;

import io.micronaut.core.annotation.Nullable;

/** An active user a reminder may go to: where (none without an address), whether it wants them, and in which language. */
public record Recipient(long id, String username, @Nullable String email, boolean reminders, String language) {

    static Recipient of(AppUser user) {
        return new Recipient(user.id(), user.username(), user.email(), user.reminders(), user.language());
    }

    /** Whether a reminder by e-mail may go to this user: it has an address and has not switched reminders off. */
    public boolean mailable() {
        return reminders && email != null && !email.isBlank();
    }
}
