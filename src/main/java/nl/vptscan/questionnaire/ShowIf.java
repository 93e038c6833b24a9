package nl.vptscan.questionnaire;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A question is shown only when an earlier question's answer is one of {@code values}. */
@Serdeable
public record ShowIf(String question, List<String> values) {

    public ShowIf {
        values = List.copyOf(values);
    }
}
