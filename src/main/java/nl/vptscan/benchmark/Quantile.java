package nl.vptscan.benchmark;

/**
 * Quartiles by linear interpolation between order statistics (Excel's PERCENTILE.INC, R type 7): for n sorted
 * values and a share p, the position is h = (n - 1) p counted from 0; the quantile is x[floor h] plus the
 * fraction of h times (x[ceil h] - x[floor h]). The SQL picks the two order statistics (1-based row numbers
 * {@link #lowerRow} and {@link #upperRow}); this class does the arithmetic.
 */
final class Quantile {

    static final double P25 = 0.25;
    static final double MEDIAN = 0.5;
    static final double P75 = 0.75;

    private Quantile() {
    }

    /** 1-based row number of the lower order statistic, as the SQL computes it: FLOOR((n - 1) * p) + 1. */
    static long lowerRow(long n, double p) {
        return (long) Math.floor((n - 1) * p) + 1;
    }

    /** 1-based row number of the upper order statistic: CEILING((n - 1) * p) + 1. */
    static long upperRow(long n, double p) {
        return (long) Math.ceil((n - 1) * p) + 1;
    }

    /** The quantile from the two order statistics around its position. */
    static double interpolate(double lower, double upper, long n, double p) {
        double h = (n - 1) * p;
        return lower + (h - Math.floor(h)) * (upper - lower);
    }

    /** The quantile of values already sorted ascending; the reference the SQL is tested against. */
    static double of(double[] sorted, double p) {
        int n = sorted.length;
        return interpolate(sorted[(int) lowerRow(n, p) - 1], sorted[(int) upperRow(n, p) - 1], n, p);
    }
}
