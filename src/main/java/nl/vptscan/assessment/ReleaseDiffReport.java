package nl.vptscan.assessment;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * What scoring every submitted assessment with today's ruleset would change against its stored (latest) result:
 * how many were compared and how many moved, per finding id how often it would be added and removed, how often a
 * finding kept would change severity or legal basis (old → new), and per assessment that moved its overall and
 * topic levels (old → new), the findings added and removed and the findings whose severity or legal basis changed.
 */
@Serdeable
public record ReleaseDiffReport(String rulesetVersion, int assessments, int assessmentsChanged,
                                Map<String, Integer> findingsAdded, Map<String, Integer> findingsRemoved,
                                List<FindingMoveCount> findingsChanged, List<Change> changed) {

    public ReleaseDiffReport {
        findingsAdded = Map.copyOf(findingsAdded);
        findingsRemoved = Map.copyOf(findingsRemoved);
        findingsChanged = List.copyOf(findingsChanged);
        changed = List.copyOf(changed);
    }

    /** One assessment whose result would move. */
    @Serdeable
    public record Change(long assessmentId, long organisationId, String questionnaireId, String oldRulesetVersion,
                         double oldOverall, double newOverall, int oldOverallLevel, int newOverallLevel,
                         List<TopicMove> topics, List<String> findingsAdded, List<String> findingsRemoved,
                         List<FindingMove> findingsChanged) {

        public Change {
            topics = List.copyOf(topics);
            findingsAdded = List.copyOf(findingsAdded);
            findingsRemoved = List.copyOf(findingsRemoved);
            findingsChanged = List.copyOf(findingsChanged);
        }
    }

    /** A finding raised before and after whose severity or legal basis (citation) changed: old → new. */
    @Serdeable
    public record FindingMove(String ruleId, String oldSeverity, String newSeverity, String oldLegal,
                              String newLegal) {

        /** "VPT8-M1-01 VIOLATION → WARNING; old citation → new citation", naming only what changed. */
        public String describe() {
            StringBuilder text = new StringBuilder(ruleId);
            if (!oldSeverity.equals(newSeverity)) {
                text.append(' ').append(oldSeverity).append(" → ").append(newSeverity);
            }
            if (!oldLegal.equals(newLegal)) {
                text.append("; ").append(oldLegal).append(" → ").append(newLegal);
            }
            return text.toString();
        }
    }

    /** How many assessments one finding move (same id, same old and new severity and legal basis) occurs in. */
    @Serdeable
    public record FindingMoveCount(String ruleId, String oldSeverity, String newSeverity, String oldLegal,
                                   String newLegal, int assessments) {
    }

    /** A topic whose level would move. */
    @Serdeable
    public record TopicMove(String topic, int oldLevel, int newLevel) {
    }
}
