package nl.vptscan.scoring;

import io.micronaut.serde.annotation.Serdeable;
import nl.vptscan.result.Result;
import nl.vptscan.result.TopicResult;
import nl.vptscan.scoring.fact.Action;
import nl.vptscan.scoring.fact.Finding;

import java.util.List;

/**
 * What a quick scan answers: the scorer's findings, actions and fired rules, with the same judgement a stored
 * result carries: the overall level (at most partial while a legal duty is unmet), the number of unmet legal duties,
 * and per topic the finding that capped its level ({@code cappedBy}).
 */
@Serdeable
public record QuickScanResult(String questionnaireId, String questionnaireVersion, String rulesetVersion,
                              double overall, int overallLevel, int unmetDuties, List<TopicResult> topics,
                              List<Finding> findings, List<Action> actions, List<String> firedRules) {

    public QuickScanResult {
        topics = List.copyOf(topics);
        findings = List.copyOf(findings);
        actions = List.copyOf(actions);
        firedRules = List.copyOf(firedRules);
    }

    public static QuickScanResult of(AssessmentResult scored) {
        Result result = ScoredResults.of(scored);
        return new QuickScanResult(scored.questionnaireId(), scored.questionnaireVersion(), scored.rulesetVersion(),
                scored.overall(), result.overallLevel(), result.unmetDuties(), result.topics(), scored.findings(),
                scored.actions(), scored.firedRules());
    }
}
