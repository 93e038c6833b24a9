package nl.vptscan.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding for figures users read: half up, so 62.25 shows as 62.3 in JSON and workbook alike. */
final class Numbers {

    private Numbers() {
    }

    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    static Double change(Double latest, Double previous) {
        return latest == null || previous == null ? null : round(latest - previous, 1);
    }
}
