package nl.vptscan.access;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Login throttling: after {@code accountAddressLimit} failures of one account from one client address (or
 * {@code addressLimit} from one address, or {@code accountLimit} of one account from anywhere) each further
 * attempt waits {@code baseDelay}, doubling per failure up to {@code maxDelay}; counts are forgotten
 * {@code forgetAfter} after the last failure.
 */
@ConfigurationProperties("vptscan.login-throttle")
record ThrottleConfiguration(@Bindable(defaultValue = "5") int accountAddressLimit,
                             @Bindable(defaultValue = "50") int addressLimit,
                             @Bindable(defaultValue = "20") int accountLimit,
                             @Bindable(defaultValue = "30s") Duration baseDelay,
                             @Bindable(defaultValue = "15m") Duration maxDelay,
                             @Bindable(defaultValue = "1h") Duration forgetAfter) {

    /** How long a key with this many failures waits after its last one; zero below its limit. */
    Duration delay(int failures, int limit) {
        if (failures < limit) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - limit, 20);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
