package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A self-assessment shared by its organisation with one inspector: who shared it and when, and once revoked,
 * who revoked it and when. A revoked share stays as history; only an unrevoked one grants reading.
 */
@MappedEntity("assessment_share")
record AssessmentShare(@Id @GeneratedValue @Nullable Long id, Long assessmentId, String inspector, String sharedBy,
                       Instant sharedAt, @Nullable String revokedBy, @Nullable Instant revokedAt) {

    boolean active() {
        return revokedAt == null;
    }

    AssessmentShare revoked(String by, Instant at) {
        return new AssessmentShare(id, assessmentId, inspector, sharedBy, sharedAt, by, at);
    }
}
