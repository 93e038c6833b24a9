package nl.vptscan.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a group's histogram (per topic and distinct score: how many organisations, how many at each level 0–4 and
 * how many with an unmet legal duty), read in ascending score order per topic, into its {@link Spread} in one
 * pass: count, mean, extremes, the order statistics around each quartile and, per score, the count below it.
 * The mean is the exact sum divided as MariaDB divides decimals (four more places, half up).
 */
final class Histogram {

    private static final int MEAN_SCALE = 5;

    private final Map<String, List<Bar>> bars = new HashMap<>();

    private record Bar(BigDecimal score, long count, long[] levels, long unmet) {
    }

    /** Adds the next distinct score of a topic; scores of one topic must come in ascending order. */
    void add(String topic, BigDecimal score, long count, long[] levels, long unmet) {
        List<Bar> list = bars.computeIfAbsent(topic, k -> new ArrayList<>());
        if (!list.isEmpty() && list.get(list.size() - 1).score().compareTo(score) >= 0) {
            throw new IllegalArgumentException("scores of " + topic + " out of order at " + score);
        }
        list.add(new Bar(score, count, levels.clone(), unmet));
    }

    Spread spread() {
        List<AggregateRow> aggregates = new ArrayList<>();
        Map<String, Map<Integer, long[]>> buckets = new HashMap<>();
        bars.forEach((topic, list) -> {
            long n = list.stream().mapToLong(Bar::count).sum();
            BigDecimal sum = BigDecimal.ZERO;
            long[] levels = new long[5];
            long unmet = 0;
            Map<Integer, long[]> below = new HashMap<>(list.size() * 2);
            long upto = 0;
            for (Bar bar : list) {
                sum = sum.add(bar.score().multiply(BigDecimal.valueOf(bar.count())));
                for (int i = 0; i < levels.length; i++) {
                    levels[i] += bar.levels()[i];
                }
                unmet += bar.unmet();
                below.put(Spread.tenths(bar.score().doubleValue()), new long[]{upto, bar.count(), n});
                upto += bar.count();
            }
            double mean = sum.divide(BigDecimal.valueOf(n), MEAN_SCALE, RoundingMode.HALF_UP).doubleValue();
            aggregates.add(new AggregateRow(topic, n, mean, first(list), last(list),
                    at(list, Quantile.lowerRow(n, Quantile.P25)), at(list, Quantile.upperRow(n, Quantile.P25)),
                    at(list, Quantile.lowerRow(n, Quantile.MEDIAN)), at(list, Quantile.upperRow(n, Quantile.MEDIAN)),
                    at(list, Quantile.lowerRow(n, Quantile.P75)), at(list, Quantile.upperRow(n, Quantile.P75)),
                    List.of(levels[0], levels[1], levels[2], levels[3], levels[4]), unmet));
            buckets.put(topic, below);
        });
        return new Spread(aggregates, buckets);
    }

    private static double first(List<Bar> list) {
        return list.get(0).score().doubleValue();
    }

    private static double last(List<Bar> list) {
        return list.get(list.size() - 1).score().doubleValue();
    }

    /** The score at a 1-based position: the smallest whose cumulative count reaches it. */
    private static double at(List<Bar> list, long position) {
        long upto = 0;
        for (Bar bar : list) {
            upto += bar.count();
            if (upto >= position) {
                return bar.score().doubleValue();
            }
        }
        throw new IllegalStateException("position " + position + " beyond " + upto);
    }
}
