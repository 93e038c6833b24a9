package nl.vptscan.access;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Removes forgotten login counts and expired logged-out tokens; harmless when several instances do it. */
@Singleton
class AccessHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(AccessHousekeeping.class);

    private final LoginThrottle throttle;
    private final TokenStore tokens;

    AccessHousekeeping(LoginThrottle throttle, TokenStore tokens) {
        this.throttle = throttle;
        this.tokens = tokens;
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "2m")
    void clean() {
        try {
            int counts = throttle.forgetOld();
            int revoked = tokens.forgetExpired();
            LOG.debug("Removed {} old login counts and {} expired logged-out tokens", counts, revoked);
        } catch (RuntimeException e) {
            LOG.warn("Could not remove old login counts and logged-out tokens: {}", e.getMessage());
        }
    }
}
