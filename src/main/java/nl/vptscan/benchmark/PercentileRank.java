package nl.vptscan.benchmark;

/**
 * A member's percentile in its group: the share of the group's organisations with a lower score, plus half the
 * share with the same score (the member itself included), in per cent, rounded to one decimal. The lowest of
 * six distinct scores gets 8.3, the highest 91.7; two tied members get the same percentile.
 */
final class PercentileRank {

    private PercentileRank() {
    }

    static double of(long below, long ties, long groupSize) {
        if (groupSize <= 0 || below < 0 || ties < 1 || below + ties > groupSize) {
            throw new IllegalArgumentException("below " + below + ", ties " + ties + " in a group of " + groupSize);
        }
        return Numbers.round(100.0 * (below + ties / 2.0) / groupSize, 1);
    }
}
