package nl.vptscan.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding for figures users read: half up, so 62.25 shows as 62.3 in JSON and workbook alike. */
final class Numbers {

    /** Powers of ten a rounding can scale by exactly. */
    private static final double[] SCALE = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    /** Below this, a scaled value is off from its exact product by far less than {@link #MARGIN}. */
    private static final double FAST_LIMIT = 1e9;
    /** Scaled values this close to a half go the exact way. */
    private static final double MARGIN = 1e-6;

    private Numbers() {
    }

    /**
     * {@code value} rounded half up to {@code decimals} decimals of its shortest decimal form, exactly as
     * {@code BigDecimal.valueOf(value).setScale(decimals, HALF_UP).doubleValue()}. A workbook of a large region
     * rounds hundreds of thousands of figures, so a value whose scaled fraction is clearly not a half is rounded in
     * doubles: dividing the rounded whole number by an exact power of ten gives the same correctly rounded double.
     * Near a half, and for large or non-finite values, it takes the decimal way.
     */
    static double round(double value, int decimals) {
        if (decimals >= 0 && decimals < SCALE.length) {
            double scale = SCALE[decimals];
            double scaled = Math.abs(value) * scale;
            if (scaled < FAST_LIMIT) {
                double whole = Math.floor(scaled);
                double fraction = scaled - whole;
                if (Math.abs(fraction - 0.5) > MARGIN) {
                    double rounded = (fraction > 0.5 ? whole + 1 : whole) / scale;
                    return value < 0 && rounded != 0 ? -rounded : rounded; // BigDecimal has no -0
                }
            }
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    static Double change(Double latest, Double previous) {
        return latest == null || previous == null ? null : round(latest - previous, 1);
    }
}
