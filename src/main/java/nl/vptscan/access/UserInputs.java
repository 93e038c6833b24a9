package nl.vptscan.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The bodies of the user changes: a password change, a reset, a role and an account status. */
final class UserInputs {

    private UserInputs() {
    }

    /** A user's own password change: the current password and the new one. */
    @Serdeable
    record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[***]";
        }
    }

    /** An administrator's reset of another user's password. */
    @Serdeable
    record PasswordReset(@Nullable String password) {
        @Override
        public String toString() {
            return "PasswordReset[***]";
        }
    }

    /** A new role, with the organisation or region it binds to. */
    @Serdeable
    record RoleChange(@Nullable String role, @Nullable Long organisationId, @Nullable Long regionId) {
    }

    /** Whether the account may log in. */
    @Serdeable
    record Status(@Nullable Boolean active) {
    }

    /** A user's own reminder settings: the e-mail address (blank: none), reminders on or off, their language. */
    @Serdeable
    record Settings(@Nullable String email, @Nullable Boolean reminders, @Nullable String language) {
    }

    /** An administrator's change of a user's e-mail address (blank: none). */
    @Serdeable
    record Email(@Nullable String email) {
    }
}
