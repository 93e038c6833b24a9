package nl.vptscan.benchmark;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NumbersTest {

    private static double exact(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    private static void same(double value, int decimals) {
        // compared as strings: 0.0 and -0.0 differ in JSON and in a workbook
        assertEquals(Double.toString(exact(value, decimals)), Double.toString(Numbers.round(value, decimals)),
                () -> value + " to " + decimals + " decimals");
    }

    @Test
    void roundsHalfUpOnTheShortestDecimalForm() {
        assertEquals(62.3, Numbers.round(62.25, 1));
        assertEquals(-62.3, Numbers.round(-62.25, 1));
        assertEquals(0.1, Numbers.round(0.05, 1));
        assertEquals(1.01, Numbers.round(1.005, 2), "1.005 is 1.00499999... in binary, but reads 1.005");
        assertEquals(0.0, Numbers.round(-0.01, 1));
        assertEquals("0.0", Double.toString(Numbers.round(-0.04, 1)));
    }

    @Test
    void givesWhatTheDecimalWayGivesForEveryKindOfValue() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 2_000_000; i++) {
            int decimals = random.nextInt(4);
            double value = switch (i % 6) {
                case 0 -> random.nextDouble() * 100;                          // percentages and scores
                case 1 -> (random.nextInt(200_001) - 100_000) / 1000.0;       // decimals, many halves
                case 2 -> (random.nextInt(20_001) - 10_000) / 100.0 + 0.005;  // halves one place further
                case 3 -> random.nextGaussian() * 1e-3;                       // near zero, both signs
                case 4 -> (random.nextDouble() - 0.5) * 2e12;                 // beyond the fast range
                default -> random.nextInt(1000) / 8.0 - 60;                   // exact binary halves
            };
            int d = decimals;
            double v = value;
            assertEquals(Double.toString(exact(v, d)), Double.toString(Numbers.round(v, d)),
                    () -> "seed " + seed + ": " + v + " to " + d + " decimals");
        }
    }

    @Test
    void aValueThatIsNoNumberFailsAsBefore() {
        assertThrows(NumberFormatException.class, () -> Numbers.round(Double.NaN, 1));
        assertThrows(NumberFormatException.class, () -> Numbers.round(Double.POSITIVE_INFINITY, 1));
        same(Double.MAX_VALUE, 1);
        same(-0.0, 1);
        same(4.35, 1);
        same(2.675, 2);
    }
}
