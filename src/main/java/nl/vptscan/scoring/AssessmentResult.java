package nl.vptscan.scoring;

import io.micronaut.serde.annotation.Serdeable;
import nl.vptscan.scoring.fact.Action;
import nl.vptscan.scoring.fact.Finding;

import java.util.List;

/**
 * The outcome of scoring one set of answers: per-topic scores, the weighted overall score, every finding
 * with its reasons, the recommended actions, the rules that fired, and the versions it was scored with.
 */
@Serdeable
public record AssessmentResult(String questionnaireId, String questionnaireVersion, String rulesetVersion,
                               double overall, List<TopicScore> topics, List<Finding> findings,
                               List<Action> actions, List<String> firedRules) {

    public AssessmentResult {
        topics = List.copyOf(topics);
        findings = List.copyOf(findings);
        actions = List.copyOf(actions);
        firedRules = List.copyOf(firedRules);
    }

    public TopicScore topic(String topicId) {
        return topics.stream().filter(t -> t.topic().equals(topicId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no topic " + topicId));
    }
}
