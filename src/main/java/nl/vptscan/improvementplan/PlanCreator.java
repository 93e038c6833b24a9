package nl.vptscan.improvementplan;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import nl.vptscan.assessment.AssessmentSubmitted;
import nl.vptscan.result.Action;
import nl.vptscan.result.Finding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Turns a submitted result's recommended actions into the plan van aanpak, in the submit transaction: the due
 * date is the submit date plus the suggested number of days; each action keeps the finding of its rule.
 */
@Singleton
class PlanCreator implements ApplicationEventListener<AssessmentSubmitted> {

    private final ImprovementActionRepository actions;

    PlanCreator(ImprovementActionRepository actions) {
        this.actions = actions;
    }

    @Override
    public void onApplicationEvent(AssessmentSubmitted event) {
        long assessmentId = event.assessment().id();
        if (actions.existsByAssessmentId(assessmentId)) {
            return;
        }
        List<Finding> findings = event.result().result().findings();
        Instant now = event.assessment().submittedAt();
        int position = 0;
        List<ImprovementAction> plan = new java.util.ArrayList<>();
        for (Action action : event.result().result().actions()) {
            Optional<Finding> finding = findings.stream()
                    .filter(f -> f.ruleId().equals(action.ruleId())).findFirst();
            plan.add(new ImprovementAction(null, assessmentId, position++, action.ruleId(), action.topic(),
                    finding.map(f -> f.severity().name()).orElse(null),
                    finding.map(Finding::messageNl).orElse(null), finding.map(Finding::messageEn).orElse(null),
                    finding.map(Finding::legal).orElse(null), action.textNl(), action.textEn(), action.priority(),
                    null, event.result().referenceDate().plusDays(action.dueInDays()), ActionStatus.OPEN, null, null,
                    now, 1));
        }
        actions.saveAll(plan);
    }
}
