package nl.vptscan.scoring.fact;

import io.micronaut.serde.annotation.Serdeable;

/** One answer behind a finding: the question and the value given. */
@Serdeable
public record Evidence(String questionId, String value) {

    static Evidence of(Answer answer) {
        return new Evidence(answer.questionId(), answer.display());
    }
}
