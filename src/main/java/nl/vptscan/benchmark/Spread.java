package nl.vptscan.benchmark;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * A group's scores as the database aggregated them: per topic (and {@code overall}) the aggregates, and per
 * distinct score (in tenths, see {@link #tenths}: scores have one decimal) how many organisations scored lower,
 * how many scored exactly that and how many there are — enough to place any member's score without reading the
 * other members' rows.
 */
record Spread(List<AggregateRow> aggregates, Map<String, Map<Integer, long[]>> buckets) {

    Spread {
        aggregates = List.copyOf(aggregates);
    }

    /** The percentile of a score in this group (see {@link PercentileRank}); null for a score not in the group. */
    @Nullable
    Double percentile(String topic, Double score) {
        long[] bucket = score == null ? null : buckets.getOrDefault(topic, Map.of()).get(tenths(score));
        return bucket == null ? null : PercentileRank.of(bucket[0], bucket[1], bucket[2]);
    }

    /** A score of one decimal as a whole number of tenths: a key that hashes evenly, unlike a double. */
    static int tenths(double score) {
        return (int) Math.round(score * 10);
    }

    /** How many organisations have a score on this topic. */
    long size(String topic) {
        // asked for every topic of every member of a workbook: a loop over a dozen rows, no stream
        for (AggregateRow aggregate : aggregates) {
            if (aggregate.topic().equals(topic)) {
                return aggregate.count();
            }
        }
        return 0;
    }
}
