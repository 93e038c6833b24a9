package nl.vptscan.reminder;

import io.micronaut.core.annotation.Nullable;
import nl.vptscan.access.Caller;
import nl.vptscan.access.Recipient;
import nl.vptscan.access.Recipients;
import nl.vptscan.access.Role;

import java.util.List;

/** Who a reminder is for: the employers of an organisation, the coordinators of a region, or one named user. */
public record Audience(@Nullable Role role, @Nullable Long organisationId, @Nullable Long regionId,
                       @Nullable String username) {

    public static Audience employersOf(long organisationId) {
        return new Audience(Role.EMPLOYER, organisationId, null, null);
    }

    public static Audience coordinatorsOf(long regionId) {
        return new Audience(Role.REGION_COORDINATOR, null, regionId, null);
    }

    public static Audience user(String username) {
        return new Audience(null, null, null, username);
    }

    /** Whether the logged-in user belongs to this audience. */
    boolean includes(Caller caller) {
        if (username != null) {
            return username.equalsIgnoreCase(caller.username());
        }
        return caller.role() == role && (role == Role.EMPLOYER ? organisationId.equals(caller.organisationId())
                : regionId.equals(caller.regionId()));
    }

    /** The active users of this audience. */
    List<Recipient> members(Recipients recipients) {
        if (username != null) {
            return recipients.named(username).stream().toList();
        }
        return role == Role.EMPLOYER ? recipients.employersOf(organisationId) : recipients.coordinatorsOf(regionId);
    }
}
