package nl.vptscan.assessment;

import io.micronaut.serde.annotation.Serdeable;
import nl.vptscan.result.Result;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored, immutable result of an assessment: why it was made (SUBMIT or RESCORE), when, the date the
 * answers describe, and the result itself with the questionnaire and ruleset versions it was scored with.
 */
@Serdeable
public record StoredResult(long id, long assessmentId, Reason reason, Instant scoredAt, LocalDate referenceDate,
                           Result result) {

    /** SUBMIT: scored when the assessment was submitted. RESCORE: scored again later with the ruleset of that day. */
    public enum Reason { SUBMIT, RESCORE }
}
