package nl.vptscan.scoring.fact;

import io.micronaut.core.annotation.Creator;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Objects;

/**
 * A rule's conclusion about a topic: the norm that is not met ({@code normNl}/{@code normEn}, an affirmative
 * statement), what is wrong ({@code messageNl}/{@code messageEn}), its legal basis as the joined citations
 * ({@code legal}) and as keys into the legal catalogue ({@code legalKeys}), and the answers that led to it.
 * Rules raise findings by id ({@link Raised}); the texts come from the findings file of the rule.
 */
@Serdeable
public record Finding(String ruleId, String topic, Severity severity, String messageNl, String messageEn,
                      String legal, List<Evidence> evidence, String normNl, String normEn, List<String> legalKeys) {

    @Creator
    public Finding {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageNl, "messageNl");
        Objects.requireNonNull(messageEn, "messageEn");
        legal = legal == null ? "" : legal;
        evidence = List.copyOf(evidence);
        normNl = normNl == null ? "" : normNl;
        normEn = normEn == null ? "" : normEn;
        legalKeys = legalKeys == null ? List.of() : List.copyOf(legalKeys);
    }

    /** A finding as stored before norms and legal keys were kept with it. */
    public Finding(String ruleId, String topic, Severity severity, String messageNl, String messageEn, String legal,
                   List<Evidence> evidence) {
        this(ruleId, topic, severity, messageNl, messageEn, legal, evidence, "", "", List.of());
    }

    /** This finding with other answers behind it. */
    public Finding withEvidence(List<Evidence> answers) {
        return new Finding(ruleId, topic, severity, messageNl, messageEn, legal, answers, normNl, normEn, legalKeys);
    }

    public Finding withRuleId(String id) {
        return new Finding(id, topic, severity, messageNl, messageEn, legal, evidence, normNl, normEn, legalKeys);
    }

}
