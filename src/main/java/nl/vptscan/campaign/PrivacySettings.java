package nl.vptscan.campaign;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

/** The benchmark's privacy threshold, read by the monitor: figures of a round over fewer members are withheld. */
@ConfigurationProperties("vptscan.benchmark")
record PrivacySettings(@Bindable(defaultValue = "5") @Min(1) int minimumGroupSize) {
}
