package nl.vptscan.benchmark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuantileTest {

    private static final double[] SIX = {40, 55, 55, 70, 85, 100};

    @Test
    void interpolatesBetweenTheOrderStatisticsAroundThePosition() {
        assertEquals(55.0, Quantile.of(SIX, Quantile.P25), 1e-9);
        assertEquals(62.5, Quantile.of(SIX, Quantile.MEDIAN), 1e-9);
        assertEquals(81.25, Quantile.of(SIX, Quantile.P75), 1e-9);
    }

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertEquals(50.0, Quantile.of(new double[]{10, 50, 90}, Quantile.MEDIAN), 1e-9);
        assertEquals(2, Quantile.lowerRow(3, Quantile.MEDIAN));
        assertEquals(2, Quantile.upperRow(3, Quantile.MEDIAN));
    }

    @Test
    void everyQuantileOfASingleValueIsThatValue() {
        assertEquals(70.0, Quantile.of(new double[]{70}, Quantile.P25), 1e-9);
        assertEquals(70.0, Quantile.of(new double[]{70}, Quantile.P75), 1e-9);
    }

    @Test
    void rowNumbersAreOneBasedAsInTheSql() {
        assertEquals(2, Quantile.lowerRow(6, Quantile.P25));
        assertEquals(3, Quantile.upperRow(6, Quantile.P25));
        assertEquals(4, Quantile.lowerRow(6, Quantile.P75));
        assertEquals(5, Quantile.upperRow(6, Quantile.P75));
    }
}
