package nl.vptscan.improvementplan;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import nl.vptscan.assessment.AssessmentSubmitted;
import nl.vptscan.result.Action;
import nl.vptscan.result.Finding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a submitted result's recommended actions into the plan van aanpak, in the submit transaction: the due
 * date is the submit date plus the suggested number of days, later where an action it depends on is due later;
 * each action keeps the finding of its rule, its suggested owner role, risk or job group and completion check.
 */
@Singleton
class PlanCreator implements ApplicationEventListener<AssessmentSubmitted> {

    private final PlanRows rows;

    PlanCreator(PlanRows rows) {
        this.rows = rows;
    }

    /**
     * Stores the plan without first asking whether the assessment has one: the event comes once per assessment, from
     * the submit that turned its locked draft into a submitted assessment, and only this listener stores plan actions.
     */
    @Override
    public void onApplicationEvent(AssessmentSubmitted event) {
        long assessmentId = event.assessment().id();
        rows.insert(plan(assessmentId, event.result().result().findings(), event.result().result().actions(),
                event.result().referenceDate(), event.assessment().submittedAt()));
    }

    /**
     * The plan of a result's actions, numbered in the result's order: each depends on the actions of the findings
     * its finding comes after, is due its suggested number of days after the reference date but not before what it
     * depends on ({@link PlanOrder#dueDates}), and names the suggested owner role, risk or job group and check.
     */
    static List<ImprovementAction> plan(long assessmentId, List<Finding> findings, List<Action> recommended,
                                        LocalDate referenceDate, Instant now) {
        Map<String, Integer> numberByRule = new LinkedHashMap<>();
        Map<String, List<String>> afterByRule = new LinkedHashMap<>();
        for (int i = 0; i < recommended.size(); i++) {
            numberByRule.putIfAbsent(recommended.get(i).ruleId(), i + 1);
            afterByRule.putIfAbsent(recommended.get(i).ruleId(), recommended.get(i).after());
        }
        Map<String, List<Integer>> dependsByRule = PlanOrder.derive(afterByRule, numberByRule);
        Map<Integer, LocalDate> own = new LinkedHashMap<>();
        Map<Integer, List<Integer>> dependsOn = new LinkedHashMap<>();
        for (int i = 0; i < recommended.size(); i++) {
            own.put(i + 1, referenceDate.plusDays(recommended.get(i).dueInDays()));
            dependsOn.put(i + 1, dependsByRule.getOrDefault(recommended.get(i).ruleId(), List.of()));
        }
        Map<Integer, LocalDate> due = PlanOrder.dueDates(own, dependsOn);
        List<ImprovementAction> plan = new ArrayList<>();
        for (int position = 0; position < recommended.size(); position++) {
            Action action = recommended.get(position);
            Optional<Finding> finding = findings.stream()
                    .filter(f -> f.ruleId().equals(action.ruleId())).findFirst();
            plan.add(new ImprovementAction(null, assessmentId, position, action.ruleId(), action.topic(),
                    finding.map(f -> f.severity().name()).orElse(null),
                    finding.map(Finding::messageNl).orElse(null), finding.map(Finding::messageEn).orElse(null),
                    finding.map(Finding::legal).orElse(null), action.textNl(), action.textEn(), action.priority(),
                    null, due.get(position + 1), ActionStatus.OPEN, null, null, now)
                    .planned(dependsOn.get(position + 1), action.ownerNl(), action.ownerEn(), action.groupNl(),
                            action.groupEn(), action.checkNl(), action.checkEn()));
        }
        return plan;
    }
}
