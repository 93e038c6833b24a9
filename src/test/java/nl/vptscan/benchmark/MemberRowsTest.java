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
    private static final String OVERALL = BenchmarkQueries.OVERALL;

    private static ScoreRow latest(String topic, double score) {
        return new ScoreRow(7, false, topic, score, 2, NOW, 0);
    }

    private static ScoreRow lastYear(String topic, double score) {
        return new ScoreRow(7, true, topic, score, 2, LAST_YEAR, 0);
    }

    private static MemberScores member(List<ScoreRow> rows, long groupSize) {
        return MemberRows.toScores(7, "Gemeente Zeven", rows, Fixtures.vpt8(), Fixtures.everyScoreAt60(groupSize), 5);
    }

    @Test
    void memberWithoutRowsIsListedWithoutResult() {
        MemberScores member = member(List.of(), 6);
        assertFalse(member.hasResult());
        assertNull(member.overall());
    }

    @Test
    void changeIsLatestMinusPreviousYear() {
        MemberScores member = member(List.of(latest(OVERALL, 70), lastYear(OVERALL, 60)), 6);
        assertEquals(10.0, member.overall().change());
        assertEquals(60.0, member.overall().previous());
        assertEquals(LAST_YEAR, member.previousReferenceDate());
        assertEquals(NOW, member.referenceDate());
    }

    @Test
    void noChangeWithoutPreviousYear() {
        MemberScores member = member(List.of(latest(OVERALL, 70)), 6);
        assertNull(member.overall().change());
        assertNull(member.previousReferenceDate());
    }

    @Test
    void percentileComesFromTheGroupsSpread() {
        assertEquals(50.0, member(List.of(latest(OVERALL, 60)), 6).overall().percentile());
    }

    @Test
    void percentileIsWithheldInAGroupBelowTheMinimum() {
        MemberScores member = member(List.of(latest(OVERALL, 60)), 4);
        assertNull(member.overall().percentile());
        assertEquals(60.0, member.overall().score());
    }

    @Test
    void topicThatDidNotApplyHasNoScore() {
        MemberScores member = member(List.of(latest(OVERALL, 70), latest("m1", 50)), 6);
        assertEquals(50.0, member.topics().get(0).score());
        assertNull(member.topics().get(1).score());
        assertEquals(8, member.topics().size());
    }
}
