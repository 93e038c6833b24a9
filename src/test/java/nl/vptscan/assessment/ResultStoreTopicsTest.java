package nl.vptscan.assessment;

import nl.vptscan.result.TopicResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The topic rows of a stored result as a read gives them back, worked out without reading them. */
class ResultStoreTopicsTest {

    @Test
    void ordersTopicsByTheirIdAndRoundsFiguresToTheColumnsScale() {
        List<TopicResult> scored = List.of(
                new TopicResult("p10", 2.0, 3.0, 66.66, 2, null),
                new TopicResult("p02", 1.25, 4.0, 31.25, 1, "VPT8-M2-01"),
                new TopicResult("m8", 0.0, 0.0, 0.0, 0, null),
                new TopicResult("p1", 3.0, 3.0, 100.0, 3, null));

        assertEquals(List.of(
                new TopicResult("m8", 0.0, 0.0, 0.0, 0, null),
                new TopicResult("p02", 1.3, 4.0, 31.3, 1, "VPT8-M2-01"),
                new TopicResult("p1", 3.0, 3.0, 100.0, 3, null),
                new TopicResult("p10", 2.0, 3.0, 66.7, 2, null)), ResultStore.asStored(scored));
    }

    @Test
    void leavesTopicIdsWhoseCollationOrderMayDifferToARead() {
        assertNull(ResultStore.asStored(List.of(new TopicResult("m1", 1, 1, 100, 3, null),
                new TopicResult("M2", 1, 1, 100, 3, null))));
        assertNull(ResultStore.asStored(List.of(new TopicResult("m_1", 1, 1, 100, 3, null))));
        assertNull(ResultStore.asStored(List.of(new TopicResult("m.1", 1, 1, 100, 3, null))));
    }
}
