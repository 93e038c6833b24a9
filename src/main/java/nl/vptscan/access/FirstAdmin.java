package nl.vptscan.access;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first administrator from {@code VPTSCAN_ADMIN_USERNAME} and {@code VPTSCAN_ADMIN_PASSWORD} when
 * no administrator exists. There is no built-in account or default password.
 */
@Singleton
class FirstAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserService users;
    private final String username;
    private final String password;

    FirstAdmin(UserService users, @Value("${vptscan.admin.username:}") String username,
               @Value("${vptscan.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (users.hasAdmin()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            LOG.warn("No administrator exists. Set VPTSCAN_ADMIN_USERNAME and VPTSCAN_ADMIN_PASSWORD (at least {} "
                    + "characters) and restart to create one.", UserService.MIN_PASSWORD);
            return;
        }
        if (password.length() < UserService.MIN_PASSWORD) {
            throw new IllegalStateException("VPTSCAN_ADMIN_PASSWORD must have at least " + UserService.MIN_PASSWORD
                    + " characters");
        }
        try {
            users.create(new NewUser(username, password, Role.ADMIN, null, null));
        } catch (RuntimeException e) {
            if (users.hasAdmin()) { // another instance, started at the same time, created it first
                LOG.info("First administrator was created by another instance");
                return;
            }
            throw e;
        }
        LOG.info("First administrator {} created from configuration", username);
    }
}
