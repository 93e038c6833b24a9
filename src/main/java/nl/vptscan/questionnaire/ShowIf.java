package nl.vptscan.questionnaire;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A condition on an earlier question's answer: it is one of {@code values}. A question is shown only under its
 * {@code show_if}, and earns points only under its {@code credited_if}.
 */
@Serdeable
public record ShowIf(String question, List<String> values) {

    public ShowIf {
        values = List.copyOf(values);
    }
}
