package nl.vptscan.scoring;

import nl.vptscan.result.Action;
import nl.vptscan.result.Evidence;
import nl.vptscan.result.Finding;
import nl.vptscan.result.LevelScale;
import nl.vptscan.result.Result;
import nl.vptscan.result.Severity;
import nl.vptscan.result.TopicResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place where the scorer's output becomes the {@link Result} that assessments store and quick scans
 * answer: findings, actions and topic scores copied into the result model, each capped topic stamped with the finding that capped it, and the overall
 * level and the number of unmet legal duties worked out.
 */
public final class ScoredResults {

    private ScoredResults() {
    }

    /** The result model of what the scorer concluded. */
    public static Result of(AssessmentResult scored) {
        List<Finding> findings = new ArrayList<>(scored.findings().size());
        for (var f : scored.findings()) {
            List<Evidence> evidence = new ArrayList<>(f.evidence().size());
            for (var e : f.evidence()) {
                evidence.add(new Evidence(e.questionId(), e.value()));
            }
            findings.add(new Finding(f.ruleId(), f.topic(), Severity.valueOf(f.severity().name()), f.messageNl(),
                    f.messageEn(), f.legal(), evidence));
        }
        List<Action> actions = new ArrayList<>(scored.actions().size());
        for (var a : scored.actions()) {
            actions.add(new Action(a.ruleId(), a.topic(), a.priority(), a.dueInDays(), a.textNl(), a.textEn(),
                    blankToNull(a.ownerRole()), blankToNull(a.ownerNl()), blankToNull(a.ownerEn()), a.after(),
                    a.groupNl(), a.groupEn(), a.checkNl(), a.checkEn()));
        }
        List<TopicResult> topics = new ArrayList<>(scored.topics().size());
        for (var t : scored.topics()) {
            topics.add(new TopicResult(t.topic(), t.points(), t.max(), t.percentage(), t.level(),
                    LevelScale.cappedBy(t.topic(), t.percentage(), t.level(), findings).orElse(null)));
        }
        int unmet = LevelScale.unmetDuties(findings);
        return new Result(scored.questionnaireId(), scored.questionnaireVersion(), scored.rulesetVersion(),
                scored.overall(), LevelScale.overall(scored.overall(), topics, unmet), unmet, topics, findings, actions);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
