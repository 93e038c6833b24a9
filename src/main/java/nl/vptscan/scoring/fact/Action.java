package nl.vptscan.scoring.fact;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Objects;

/**
 * A recommended improvement for the plan van aanpak: what to do, how urgent (priority 1 = highest) and a
 * suggested deadline in days from the assessment. The scorer stamps the id of the rule that inserted it,
 * which links it to that rule's finding.
 */
@Serdeable
public record Action(String ruleId, String topic, int priority, int dueInDays, String textNl, String textEn) {

    public Action {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(textNl, "textNl");
        Objects.requireNonNull(textEn, "textEn");
        if (priority < 1 || priority > 3) {
            throw new IllegalArgumentException("priority must be 1, 2 or 3, not " + priority);
        }
        if (dueInDays < 1) {
            throw new IllegalArgumentException("dueInDays must be positive, not " + dueInDays);
        }
    }

    /** An action as a rule writes it: {@code Action.of("p01", 1, 30, "Neem ... op", "Include ...")}. */
    public static Action of(String topic, int priority, int dueInDays, String nl, String en) {
        return new Action(null, topic, priority, dueInDays, nl, en);
    }

    public Action withRuleId(String id) {
        return new Action(id, topic, priority, dueInDays, textNl, textEn);
    }
}
