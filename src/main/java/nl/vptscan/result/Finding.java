package nl.vptscan.result;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Objects;

/** A stored finding: the rule that raised it, its topic and severity, the explanation, legal basis and evidence. */
@Serdeable
public record Finding(String ruleId, String topic, Severity severity, String messageNl, String messageEn,
                      String legal, List<Evidence> evidence) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(severity, "severity");
        legal = legal == null ? "" : legal;
        evidence = List.copyOf(evidence);
    }

    public String message(String lang) {
        return "en".equals(lang) ? messageEn : messageNl;
    }
}
