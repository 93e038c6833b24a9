package nl.vptscan.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A user as the API shows it: never the password hash; {@code locked} is true for a deactivated account;
 * {@code reminders} whether reminders go to {@code email} (in {@code language}).
 */
@Serdeable
public record UserView(long id, String username, Role role, @Nullable Long organisationId, @Nullable Long regionId,
                       boolean active, boolean locked, @Nullable String email, boolean reminders,
                       String language) {

    static UserView of(AppUser user) {
        return new UserView(user.id(), user.username(), user.role(), user.organisationId(), user.regionId(),
                user.active(), !user.active(), user.email(), user.reminders(), user.language());
    }
}
