package nl.vptscan.benchmark;

import java.util.List;

/**
 * One score's aggregates over a group as the SQL returns them: count, mean, extremes, the order statistics
 * around each quartile (see {@link Quantile}), the number of organisations at each level 0–4 and (overall score
 * only) how many of them have an unmet legal duty.
 */
record AggregateRow(String topic, long count, double mean, double min, double max,
                    double p25Lower, double p25Upper, double medianLower, double medianUpper,
                    double p75Lower, double p75Upper, List<Long> levels, long withUnmetDuties) {

    AggregateRow {
        levels = List.copyOf(levels);
    }

    Distribution distribution() {
        return new Distribution(count, Numbers.round(mean, 2), min,
                Numbers.round(Quantile.interpolate(p25Lower, p25Upper, count, Quantile.P25), 2),
                Numbers.round(Quantile.interpolate(medianLower, medianUpper, count, Quantile.MEDIAN), 2),
                Numbers.round(Quantile.interpolate(p75Lower, p75Upper, count, Quantile.P75), 2),
                max, levels);
    }
}
