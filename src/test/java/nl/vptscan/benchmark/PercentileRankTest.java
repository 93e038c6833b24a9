package nl.vptscan.benchmark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PercentileRankTest {

    @Test
    void lowestOfSixDistinctScoresCountsHalfItself() {
        assertEquals(8.3, PercentileRank.of(0, 1, 6));
    }

    @Test
    void highestOfSixDistinctScoresIsBelowHundred() {
        assertEquals(91.7, PercentileRank.of(5, 1, 6));
    }

    @Test
    void tiedMembersShareThePercentileOfTheirMiddle() {
        assertEquals(33.3, PercentileRank.of(1, 2, 6));
    }

    @Test
    void allEqualScoresSitAtFifty() {
        assertEquals(50.0, PercentileRank.of(0, 5, 5));
    }

    @Test
    void refusesCountsThatDoNotFitTheGroup() {
        assertThrows(IllegalArgumentException.class, () -> PercentileRank.of(5, 2, 6));
        assertThrows(IllegalArgumentException.class, () -> PercentileRank.of(0, 0, 6));
    }
}
