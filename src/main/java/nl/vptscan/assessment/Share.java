package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A share of a self-assessment with an inspector as the API and the pages show it; active until revoked. */
@Serdeable
public record Share(long id, long assessmentId, String inspector, String sharedBy, Instant sharedAt,
                    @Nullable String revokedBy, @Nullable Instant revokedAt, boolean active) {

    static Share of(AssessmentShare share) {
        return new Share(share.id(), share.assessmentId(), share.inspector(), share.sharedBy(), share.sharedAt(),
                share.revokedBy(), share.revokedAt(), share.active());
    }
}
