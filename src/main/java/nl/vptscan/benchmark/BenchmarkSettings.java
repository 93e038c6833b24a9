package nl.vptscan.benchmark;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

/** Benchmark settings: the smallest group of organisations a distribution may be shown over. */
@ConfigurationProperties("vptscan.benchmark")
public record BenchmarkSettings(@Bindable(defaultValue = "5") @Min(1) int minimumGroupSize) {
}
