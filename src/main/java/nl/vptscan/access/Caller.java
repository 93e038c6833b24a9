package nl.vptscan.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The logged-in user making a request: name, role and what the role is bound to (an organisation for an
 * EMPLOYER, a region for a REGION_COORDINATOR).
 */
@Serdeable
public record Caller(String username, Role role, @Nullable Long organisationId, @Nullable Long regionId) {

    static final String ROLE = "role";
    static final String ORGANISATION = "organisationId";
    static final String REGION = "regionId";

    public static Caller of(Authentication authentication) {
        var attributes = authentication.getAttributes();
        Role role = Role.valueOf(String.valueOf(attributes.getOrDefault(ROLE,
                authentication.getRoles().stream().findFirst().orElseThrow())));
        return new Caller(authentication.getName(), role, number(attributes.get(ORGANISATION)),
                number(attributes.get(REGION)));
    }

    public boolean is(Role other) {
        return role == other;
    }

    private static Long number(Object value) {
        return value instanceof Number n ? n.longValue() : value instanceof String s && !s.isBlank() ? Long.valueOf(s) : null;
    }
}
