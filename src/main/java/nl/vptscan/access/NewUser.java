package nl.vptscan.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A user as an administrator creates it. */
@Serdeable
public record NewUser(@NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,120}",
                              message = "3 to 120 letters, digits or . _ @ -") String username,
                      @NotNull @Size(min = UserService.MIN_PASSWORD, max = 200) String password,
                      @NotNull Role role, @Nullable Long organisationId, @Nullable Long regionId) {

    @Override
    public String toString() {
        return "NewUser[username=" + username + ", role=" + role + "]";
    }
}
