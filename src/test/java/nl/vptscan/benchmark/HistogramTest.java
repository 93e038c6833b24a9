package nl.vptscan.benchmark;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HistogramTest {

    /** Scores of one decimal for 1,000 organisations, with many ties, and the histogram the SQL would return. */
    private static double[] scores(long seed) {
        Random random = new Random(seed);
        double[] scores = new double[1000];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = random.nextInt(300) / 10.0 + (i % 3) * 30;
        }
        return scores;
    }

    private static Spread spreadOf(String topic, double[] scores) {
        return histogramOf(topic, scores).spread();
    }

    private static Histogram histogramOf(String topic, double[] scores) {
        TreeMap<Double, long[]> bars = new TreeMap<>();
        for (double score : scores) {
            long[] bar = bars.computeIfAbsent(score, k -> new long[7]);
            bar[0]++;
            bar[1 + (int) Math.min(4, score / 25)]++;
            bar[6] += score < 10 ? 1 : 0;
        }
        Histogram histogram = new Histogram();
        bars.forEach((score, bar) -> histogram.add(topic, BigDecimal.valueOf(score), bar[0],
                Arrays.copyOfRange(bar, 1, 6), bar[6]));
        return histogram;
    }

    @Test
    void quartilesMeanAndExtremesMatchThoseOfTheSortedScores() {
        double[] scores = scores(7);
        Distribution d = spreadOf("p01", scores).aggregates().get(0).distribution();
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        BigDecimal sum = Arrays.stream(scores).mapToObj(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(1000, d.count());
        assertEquals(Numbers.round(sum.divide(BigDecimal.valueOf(1000), 5, RoundingMode.HALF_UP).doubleValue(), 2), d.mean());
        assertEquals(sorted[0], d.min());
        assertEquals(sorted[999], d.max());
        assertEquals(Numbers.round(Quantile.of(sorted, Quantile.P25), 2), d.p25());
        assertEquals(Numbers.round(Quantile.of(sorted, Quantile.MEDIAN), 2), d.median());
        assertEquals(Numbers.round(Quantile.of(sorted, Quantile.P75), 2), d.p75());
    }

    @Test
    void levelsAndUnmetDutiesAreSummedOverTheScores() {
        double[] scores = scores(11);
        AggregateRow row = spreadOf("overall", scores).aggregates().get(0);
        long[] levels = new long[5];
        for (double score : scores) {
            levels[(int) Math.min(4, score / 25)]++;
        }
        assertArrayEquals(levels, row.levels().stream().mapToLong(Long::longValue).toArray());
        assertEquals(Arrays.stream(scores).filter(s -> s < 10).count(), row.withUnmetDuties());
    }

    @Test
    void percentileCountsLowerScoresPlusHalfTheTies() {
        Spread spread = spreadOf("m1", new double[]{40, 55, 55, 70, 85, 100});
        assertEquals(8.3, spread.percentile("m1", 40.0));
        assertEquals(33.3, spread.percentile("m1", 55.0));
        assertEquals(91.7, spread.percentile("m1", 100.0));
        assertEquals(null, spread.percentile("m1", 60.0));
        assertEquals(Map.of(), spread.buckets().getOrDefault("m2", Map.of()));
    }

    @Test
    void refusesScoresOutOfOrder() {
        Histogram histogram = new Histogram();
        histogram.add("m1", new BigDecimal("50.0"), 1, new long[5], 0);
        assertThrows(IllegalArgumentException.class,
                () -> histogram.add("m1", new BigDecimal("40.0"), 1, new long[5], 0));
    }
    @Test
    void removingWhatWasAddedGivesTheSpreadAsIfNeverAdded() {
        double[] scores = scores(13);
        Histogram histogram = histogramOf("p01", scores);
        histogram.addOne("p01", new BigDecimal("42.5"), 1, true);
        histogram.addOne("p01", new BigDecimal("99.9"), 3, false);
        histogram.removeOne("p01", new BigDecimal("42.5"), 1, true);
        histogram.removeOne("p01", new BigDecimal("99.9"), 3, false);
        assertSameSpread(spreadOf("p01", scores), histogram.spread());
    }

    @Test
    void movingOneResultGivesTheSpreadOfTheScoresAfterTheMove() {
        double[] scores = scores(17);
        Histogram histogram = histogramOf("p01", scores);
        double old = scores[10];
        scores[10] = 77.7;
        histogram.removeOne("p01", BigDecimal.valueOf(old), (int) Math.min(4, old / 25), old < 10);
        histogram.addOne("p01", new BigDecimal("77.7"), 3, false);
        assertSameSpread(spreadOf("p01", scores), histogram.spread());
    }

    @Test
    void aScoreWhoseLastResultIsRemovedDisappears() {
        Histogram histogram = histogramOf("m1", new double[]{40, 55, 70});
        histogram.removeOne("m1", new BigDecimal("55.0"), 2, false);
        Spread spread = histogram.spread();
        assertEquals(null, spread.percentile("m1", 55.0));
        assertEquals(2, spread.size("m1"));
        assertEquals(40.0, spread.aggregates().get(0).distribution().min());
        assertEquals(55.0, spread.aggregates().get(0).distribution().median());
    }

    @Test
    void aTopicWhoseLastResultIsRemovedDisappears() {
        Histogram histogram = histogramOf("m1", new double[]{40});
        histogram.addOne("overall", new BigDecimal("40.0"), 1, false);
        histogram.removeOne("m1", new BigDecimal("40.0"), 1, false);
        Spread spread = histogram.spread();
        assertEquals(List.of("overall"), spread.aggregates().stream().map(AggregateRow::topic).toList());
        assertEquals(Map.of(), spread.buckets().getOrDefault("m1", Map.of()));
    }

    @Test
    void refusesToRemoveAResultThatIsNotThere() {
        Histogram histogram = histogramOf("m1", new double[]{40});
        assertThrows(IllegalStateException.class, () -> histogram.removeOne("m1", new BigDecimal("50.0"), 2, false));
        assertThrows(IllegalStateException.class, () -> histogram.removeOne("m2", new BigDecimal("40.0"), 1, false));
        assertThrows(IllegalStateException.class, () -> histogram.removeOne("m1", new BigDecimal("40.0"), 1, true));
    }

    private static void assertSameSpread(Spread expected, Spread actual) {
        SpreadAssertions.assertSameSpread(expected, actual, "");
    }
}
