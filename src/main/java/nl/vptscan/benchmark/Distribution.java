package nl.vptscan.benchmark;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The spread of one score (overall or a topic) over a group: how many organisations, mean, quartiles (linear
 * interpolation, see {@link Quantile}), extremes, and how many organisations are at each level 0–4.
 */
@Serdeable
public record Distribution(long count, double mean, double min, double p25, double median, double p75, double max,
                           List<Long> levels) {

    public Distribution {
        levels = List.copyOf(levels);
    }
}
