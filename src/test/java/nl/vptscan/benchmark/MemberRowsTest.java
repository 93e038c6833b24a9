package nl.vptscan.benchmark;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class MemberRowsTest {

    private static final LocalDate NOW = LocalDate.of(2026, 3, 10);
    private static final LocalDate LAST_YEAR = LocalDate.of(2025, 11, 1);

    private static ScoreRow row(String topic, double score, Double previous, long groupSize) {
        return new ScoreRow(7, topic, score, 2, 1, 2, groupSize, previous, NOW, previous == null ? null : LAST_YEAR);
    }

    @Test
    void memberWithoutRowsIsListedWithoutResult() {
        MemberScores member = MemberRows.toScores(7, "Gemeente Zeven", List.of(), Fixtures.vpt8(), 5);
        assertFalse(member.hasResult());
        assertNull(member.overall());
    }

    @Test
    void changeIsLatestMinusPreviousYear() {
        MemberScores member = MemberRows.toScores(7, "Gemeente Zeven",
                List.of(row(BenchmarkQueries.OVERALL, 70, 60.0, 6)), Fixtures.vpt8(), 5);
        assertEquals(10.0, member.overall().change());
        assertEquals(LAST_YEAR, member.previousReferenceDate());
        assertEquals(33.3, member.overall().percentile());
    }

    @Test
    void noChangeWithoutPreviousYear() {
        MemberScores member = MemberRows.toScores(7, "Gemeente Zeven",
                List.of(row(BenchmarkQueries.OVERALL, 70, null, 6)), Fixtures.vpt8(), 5);
        assertNull(member.overall().change());
    }

    @Test
    void percentileIsWithheldInAGroupBelowTheMinimum() {
        MemberScores member = MemberRows.toScores(7, "Gemeente Zeven",
                List.of(row(BenchmarkQueries.OVERALL, 70, 60.0, 4)), Fixtures.vpt8(), 5);
        assertNull(member.overall().percentile());
        assertEquals(70.0, member.overall().score());
    }

    @Test
    void topicThatDidNotApplyHasNoScore() {
        MemberScores member = MemberRows.toScores(7, "Gemeente Zeven",
                List.of(row(BenchmarkQueries.OVERALL, 70, null, 6), row("m1", 50, null, 6)), Fixtures.vpt8(), 5);
        assertEquals(50.0, member.topics().get(0).score());
        assertNull(member.topics().get(1).score());
        assertEquals(8, member.topics().size());
    }
}
