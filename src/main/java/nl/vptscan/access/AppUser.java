package nl.vptscan.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A person who logs in, with a bcrypt password hash, a role, whether the account is active, and the token
 * generation its login tokens must carry ({@code usernameKey} is the lower-case name that keeps names unique);
 * its e-mail address, whether it wants reminders by e-mail, and the language ({@code nl}, {@code en}) they are in.
 */
@MappedEntity("app_user")
record AppUser(@Id @GeneratedValue @Nullable Long id, String username, String usernameKey, String passwordHash,
               Role role, @Nullable Long organisationId, @Nullable Long regionId, long tokenGeneration,
               boolean active, Instant createdAt, @Nullable String email, boolean reminders, String language) {
}
