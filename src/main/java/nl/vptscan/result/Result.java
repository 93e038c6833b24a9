package nl.vptscan.result;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What scoring one assessment concluded: the weighted overall percentage and the overall level (at most partial
 * while any legal duty is unmet), how many legal duties are unmet (VIOLATION findings), every topic, every finding
 * and every recommended action, with the questionnaire and ruleset versions it was scored with.
 */
@Serdeable
public record Result(String questionnaireId, String questionnaireVersion, String rulesetVersion, double overall,
                     int overallLevel, int unmetDuties, List<TopicResult> topics, List<Finding> findings,
                     List<Action> actions) {

    public Result {
        topics = List.copyOf(topics);
        findings = List.copyOf(findings);
        actions = List.copyOf(actions);
    }

    public TopicResult topic(String topicId) {
        return topics.stream().filter(t -> t.topic().equals(topicId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no topic " + topicId));
    }

    public String overallColour() {
        return LevelScale.colour(overallLevel);
    }
}
