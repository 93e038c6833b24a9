package nl.vptscan.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A person who logs in, with a bcrypt password hash, a role, and the failed logins that may lock it. */
@MappedEntity("app_user")
record AppUser(@Id @GeneratedValue @Nullable Long id, String username, String passwordHash, Role role,
               @Nullable Long organisationId, @Nullable Long regionId, int failedLogins,
               @Nullable Instant lockedUntil, Instant createdAt) {

    AppUser withFailures(int failures, @Nullable Instant lockedUntil) {
        return new AppUser(id, username, passwordHash, role, organisationId, regionId, failures, lockedUntil, createdAt);
    }
}
