package nl.vptscan.registration;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

/**
 * Limits and period of a registration import: the largest file in MB, the most incidents a CSV export may hold (an
 * xlsx export is held to the upload guard's 999), and how many months up to the import date the figures cover.
 */
@ConfigurationProperties("vptscan.registration")
public record RegistrationSettings(@Bindable(defaultValue = "5") @Min(1) int maxFileMb,
                                   @Bindable(defaultValue = "20000") @Min(1) int maxRows,
                                   @Bindable(defaultValue = "12") @Min(1) int months) {

    long maxFileBytes() {
        return maxFileMb * 1024L * 1024;
    }
}
