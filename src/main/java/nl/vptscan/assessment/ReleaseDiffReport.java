package nl.vptscan.assessment;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * What scoring every submitted assessment with today's ruleset would change against its stored (latest) result:
 * how many were compared and how many moved, per finding id how often it would be added and removed, and per
 * assessment that moved its overall and topic levels (old → new) and the findings added and removed.
 */
@Serdeable
public record ReleaseDiffReport(String rulesetVersion, int assessments, int assessmentsChanged,
                                Map<String, Integer> findingsAdded, Map<String, Integer> findingsRemoved,
                                List<Change> changed) {

    public ReleaseDiffReport {
        findingsAdded = Map.copyOf(findingsAdded);
        findingsRemoved = Map.copyOf(findingsRemoved);
        changed = List.copyOf(changed);
    }

    /** One assessment whose result would move. */
    @Serdeable
    public record Change(long assessmentId, long organisationId, String questionnaireId, String oldRulesetVersion,
                         double oldOverall, double newOverall, int oldOverallLevel, int newOverallLevel,
                         List<TopicMove> topics, List<String> findingsAdded, List<String> findingsRemoved) {

        public Change {
            topics = List.copyOf(topics);
            findingsAdded = List.copyOf(findingsAdded);
            findingsRemoved = List.copyOf(findingsRemoved);
        }
    }

    /** A topic whose level would move. */
    @Serdeable
    public record TopicMove(String topic, int oldLevel, int newLevel) {
    }
}
