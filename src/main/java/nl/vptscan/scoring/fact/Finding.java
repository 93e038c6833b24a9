package nl.vptscan.scoring.fact;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A rule's conclusion about a topic: what is wrong or could be better, why it matters legally, and the
 * answers that led to it. Rules create findings with {@link #violation}, {@link #warning} or
 * {@link #advice}; the scorer stamps the id of the rule that inserted it.
 */
@Serdeable
public record Finding(String ruleId, String topic, Severity severity, String messageNl, String messageEn,
                      String legal, List<Evidence> evidence) {

    public Finding {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageNl, "messageNl");
        Objects.requireNonNull(messageEn, "messageEn");
        legal = legal == null ? "" : legal;
        evidence = List.copyOf(evidence);
    }

    public static Finding violation(String topic, String nl, String en, String legal, Answer... answers) {
        return of(topic, Severity.VIOLATION, nl, en, legal, answers);
    }

    public static Finding warning(String topic, String nl, String en, String legal, Answer... answers) {
        return of(topic, Severity.WARNING, nl, en, legal, answers);
    }

    public static Finding advice(String topic, String nl, String en, String legal, Answer... answers) {
        return of(topic, Severity.ADVICE, nl, en, legal, answers);
    }

    private static Finding of(String topic, Severity severity, String nl, String en, String legal, Answer... answers) {
        return new Finding(null, topic, severity, nl, en, legal, Arrays.stream(answers).map(Evidence::of).toList());
    }

    public Finding withRuleId(String id) {
        return new Finding(id, topic, severity, messageNl, messageEn, legal, evidence);
    }

}
