package nl.vptscan.benchmark;

import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupsTest {

    private final Questionnaire vpt8 = Fixtures.vpt8();
    private final Text name = new Text("Regio", "Region");

    private List<AggregateRow> everyScoreOver(long n) {
        List<AggregateRow> rows = new ArrayList<>();
        rows.add(Fixtures.aggregate(BenchmarkQueries.OVERALL, n));
        vpt8.topics().forEach(t -> rows.add(Fixtures.aggregate(t.id(), n)));
        return rows;
    }

    @Test
    void groupOfFiveShowsDistributionsAndTheMembersPercentile() {
        Group group = Groups.of(name, everyScoreOver(5), vpt8, 5);
        assertTrue(group.available());
        assertEquals(5, group.overall().distribution().count());
        assertEquals(50.0, group.overall().percentile());
        group.topics().forEach(t -> assertNotNull(t.distribution(), t.topic()));
    }

    @Test
    void groupOfFourShowsNoFigureButTheReasonInBothLanguages() {
        Group group = Groups.of(name, everyScoreOver(4), vpt8, 5);
        assertEquals("Te weinig organisaties (4) om te vergelijken; minimaal 5", group.withheld().nl());
        assertEquals("Too few organisations (4) to compare; at least 5", group.withheld().en());
        assertNull(group.overall().distribution());
        assertNull(group.overall().percentile());
        group.topics().forEach(t -> assertNull(t.distribution(), t.topic()));
    }

    @Test
    void topicThatAppliedToTooFewIsWithheldWhileTheRestIsShown() {
        List<AggregateRow> rows = everyScoreOver(6);
        rows.removeIf(r -> r.topic().equals("m7"));
        rows.add(Fixtures.aggregate("m7", 3));
        Group group = Groups.of(name, rows, vpt8, 5);
        GroupScore m7 = group.topics().stream().filter(t -> t.topic().equals("m7")).findFirst().orElseThrow();
        assertNull(m7.distribution());
        assertEquals(3, m7.organisations());
        assertNotNull(group.overall().distribution());
    }

    @Test
    void groupWithoutAnyResultSaysThereAreNone() {
        Group group = Groups.of(name, List.of(), vpt8, 5);
        assertEquals(0, group.organisations());
        assertEquals(8, group.topics().size());
        assertTrue(group.withheld().en().contains("(0)"));
    }

    @Test
    void thresholdIsConfigurable() {
        assertTrue(Groups.of(name, everyScoreOver(3), vpt8, 3).available());
    }
}
