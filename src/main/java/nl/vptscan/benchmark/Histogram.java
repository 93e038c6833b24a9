package nl.vptscan.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A group's histogram (per topic and distinct score: how many organisations, how many at each level 0–4 and how
 * many with an unmet legal duty) and the {@link Spread} it gives in one pass per topic: count, mean, extremes, the
 * order statistics around each quartile and, per score, the count below it. The mean is the exact sum divided as
 * MariaDB divides decimals (four more places, half up). The histogram is read from the database in ascending score
 * order per topic; one organisation's result can then be taken out or put in ({@link #removeOne}, {@link #addOne})
 * when its latest result changes, giving the same spread as reading the histogram again.
 */
final class Histogram {

    private static final int MEAN_SCALE = 5;

    private final Map<String, NavigableMap<BigDecimal, Bar>> bars = new TreeMap<>();

    /** The organisations at one score of one topic; changed in place as results come and go. */
    private static final class Bar {
        private final BigDecimal score;
        private long count;
        private final long[] levels;
        private long unmet;

        private Bar(BigDecimal score, long count, long[] levels, long unmet) {
            this.score = score;
            this.count = count;
            this.levels = levels;
            this.unmet = unmet;
        }
    }

    /** Adds the next distinct score of a topic; scores of one topic must come in ascending order. */
    void add(String topic, BigDecimal score, long count, long[] levels, long unmet) {
        NavigableMap<BigDecimal, Bar> topicBars = bars.computeIfAbsent(topic, k -> new TreeMap<>());
        if (!topicBars.isEmpty() && topicBars.lastKey().compareTo(score) >= 0) {
            throw new IllegalArgumentException("scores of " + topic + " out of order at " + score);
        }
        topicBars.put(score, new Bar(score, count, levels.clone(), unmet));
    }

    /** Puts in one organisation's score on a topic, at a level 0–4, with or without an unmet legal duty. */
    void addOne(String topic, BigDecimal score, int level, boolean unmet) {
        Bar bar = bars.computeIfAbsent(topic, k -> new TreeMap<>())
                .computeIfAbsent(score, s -> new Bar(s, 0, new long[5], 0));
        bar.count++;
        if (level >= 0 && level < bar.levels.length) {
            bar.levels[level]++;
        }
        bar.unmet += unmet ? 1 : 0;
    }

    /**
     * Takes out one organisation's score on a topic as {@link #addOne} put it in; a score no organisation has any
     * more disappears, and so does a topic. Refuses what the histogram does not hold.
     */
    void removeOne(String topic, BigDecimal score, int level, boolean unmet) {
        NavigableMap<BigDecimal, Bar> topicBars = bars.get(topic);
        Bar bar = topicBars == null ? null : topicBars.get(score);
        boolean levelled = level >= 0 && level < 5;
        if (bar == null || bar.count == 0 || (levelled && bar.levels[level] == 0) || (unmet && bar.unmet == 0)) {
            throw new IllegalStateException("no result at " + score + " (level " + level + (unmet ? ", unmet" : "")
                    + ") on " + topic + " to take out");
        }
        bar.count--;
        if (levelled) {
            bar.levels[level]--;
        }
        bar.unmet -= unmet ? 1 : 0;
        if (bar.count == 0) {
            topicBars.remove(score);
            if (topicBars.isEmpty()) {
                bars.remove(topic);
            }
        }
    }

    Spread spread() {
        List<AggregateRow> aggregates = new ArrayList<>();
        Map<String, Map<Integer, long[]>> buckets = new HashMap<>();
        bars.forEach((topic, topicBars) -> {
            Collection<Bar> list = topicBars.values();
            long n = list.stream().mapToLong(bar -> bar.count).sum();
            BigDecimal sum = BigDecimal.ZERO;
            long[] levels = new long[5];
            long unmet = 0;
            Map<Integer, long[]> below = new HashMap<>(list.size() * 2);
            long upto = 0;
            for (Bar bar : list) {
                sum = sum.add(bar.score.multiply(BigDecimal.valueOf(bar.count)));
                for (int i = 0; i < levels.length; i++) {
                    levels[i] += bar.levels[i];
                }
                unmet += bar.unmet;
                below.put(Spread.tenths(bar.score.doubleValue()), new long[]{upto, bar.count, n});
                upto += bar.count;
            }
            double mean = sum.divide(BigDecimal.valueOf(n), MEAN_SCALE, RoundingMode.HALF_UP).doubleValue();
            aggregates.add(new AggregateRow(topic, n, mean, topicBars.firstKey().doubleValue(),
                    topicBars.lastKey().doubleValue(),
                    at(list, Quantile.lowerRow(n, Quantile.P25)), at(list, Quantile.upperRow(n, Quantile.P25)),
                    at(list, Quantile.lowerRow(n, Quantile.MEDIAN)), at(list, Quantile.upperRow(n, Quantile.MEDIAN)),
                    at(list, Quantile.lowerRow(n, Quantile.P75)), at(list, Quantile.upperRow(n, Quantile.P75)),
                    List.of(levels[0], levels[1], levels[2], levels[3], levels[4]), unmet));
            buckets.put(topic, below);
        });
        return new Spread(aggregates, buckets);
    }

    /** The score at a 1-based position: the smallest whose cumulative count reaches it. */
    private static double at(Collection<Bar> list, long position) {
        long upto = 0;
        for (Bar bar : list) {
            upto += bar.count;
            if (upto >= position) {
                return bar.score.doubleValue();
            }
        }
        throw new IllegalStateException("position " + position + " beyond " + upto);
    }
}
