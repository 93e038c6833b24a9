package nl.vptscan.result;

import io.micronaut.serde.annotation.Serdeable;

/** One answer behind a finding: the question and the value given. */
@Serdeable
public record Evidence(String questionId, String value) {
}
