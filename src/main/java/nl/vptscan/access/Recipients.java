package nl.vptscan.access;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The active users that reminders go to: an organisation's employers, a region's coordinators, one named user. */
@Singleton
public class Recipients {

    private final AppUserRepository users;

    Recipients(AppUserRepository users) {
        this.users = users;
    }

    /** The active EMPLOYER users of the organisation. */
    public List<Recipient> employersOf(long organisationId) {
        return users.findByRoleAndOrganisationIdAndActive(Role.EMPLOYER, organisationId, true).stream()
                .map(Recipient::of).toList();
    }

    /** The active REGION_COORDINATOR users of the region. */
    public List<Recipient> coordinatorsOf(long regionId) {
        return users.findByRoleAndRegionIdAndActive(Role.REGION_COORDINATOR, regionId, true).stream()
                .map(Recipient::of).toList();
    }

    /** The user of that name, when active. */
    public Optional<Recipient> named(String username) {
        return users.findByUsernameKey(username.toLowerCase(Locale.ROOT)).filter(AppUser::active).map(Recipient::of);
    }
}
