package nl.vptscan.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * One member in a campaign's funnel: its state, the share of the questionnaire's questions its draft answers
 * (null when it has no draft), when it submitted (null before), and whether it has started at all.
 */
@Serdeable
public record MemberStatus(long organisationId, String name, MemberState state, boolean started,
                           @Nullable Integer percentAnswered, @Nullable LocalDate submittedOn,
                           @Nullable Long assessmentId) {
}
