package nl.vptscan.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compares spreads by their figures: the aggregates and every bucket's counts. */
final class SpreadAssertions {

    private SpreadAssertions() {
    }

    static void assertSameSpread(Spread expected, Spread actual, String message) {
        assertEquals(expected.aggregates(), actual.aggregates(), message);
        assertEquals(deep(expected.buckets()), deep(actual.buckets()), message);
    }

    private static Map<String, Map<Integer, List<Long>>> deep(Map<String, Map<Integer, long[]>> buckets) {
        Map<String, Map<Integer, List<Long>>> copy = new TreeMap<>();
        buckets.forEach((topic, map) -> {
            Map<Integer, List<Long>> inner = new TreeMap<>();
            map.forEach((tenths, bucket) -> inner.put(tenths, Arrays.stream(bucket).boxed().toList()));
            copy.put(topic, inner);
        });
        return copy;
    }
}
