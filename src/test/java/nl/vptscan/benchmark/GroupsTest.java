package nl.vptscan.benchmark;

import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupsTest {

    private final Questionnaire vpt8 = Fixtures.vpt8();
    private final Text name = new Text("Regio", "Region");

    @Test
    void groupOfFiveShowsDistributionsAndTheMembersPercentile() {
        Group group = Groups.of(name, Fixtures.everyScoreAt60(5), vpt8, 5, Fixtures.memberAt60());
        assertTrue(group.available());
        assertEquals(5, group.overall().distribution().count());
        assertEquals(50.0, group.overall().percentile());
        group.topics().forEach(t -> assertNotNull(t.distribution(), t.topic()));
    }

    @Test
    void groupOfFourShowsNoFigureButTheReasonInBothLanguages() {
        Group group = Groups.of(name, Fixtures.everyScoreAt60(4), vpt8, 5, Fixtures.memberAt60());
        assertEquals("Te weinig organisaties (4) om te vergelijken; minimaal 5", group.withheld().nl());
        assertEquals("Too few organisations (4) to compare; at least 5", group.withheld().en());
        assertNull(group.overall().distribution());
        assertNull(group.overall().percentile());
        group.topics().forEach(t -> assertNull(t.distribution(), t.topic()));
    }

    @Test
    void topicThatAppliedToTooFewIsWithheldWhileTheRestIsShown() {
        Spread six = Fixtures.everyScoreAt60(6);
        List<AggregateRow> rows = new ArrayList<>(six.aggregates());
        rows.removeIf(r -> r.topic().equals("m7"));
        rows.add(Fixtures.aggregate("m7", 3));
        Group group = Groups.of(name, new Spread(rows, six.buckets()), vpt8, 5, null);
        GroupScore m7 = group.topics().stream().filter(t -> t.topic().equals("m7")).findFirst().orElseThrow();
        assertNull(m7.distribution());
        assertEquals(3, m7.organisations());
        assertNotNull(group.overall().distribution());
    }

    @Test
    void groupWithoutAnyResultSaysThereAreNone() {
        Group group = Groups.of(name, new Spread(List.of(), Map.of()), vpt8, 5, null);
        assertEquals(0, group.organisations());
        assertEquals(8, group.topics().size());
        assertTrue(group.withheld().en().contains("(0)"));
    }

    @Test
    void thresholdIsConfigurable() {
        assertTrue(Groups.of(name, Fixtures.everyScoreAt60(3), vpt8, 3, null).available());
    }
}
