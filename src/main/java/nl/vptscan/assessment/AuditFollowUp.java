package nl.vptscan.assessment;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A re-inspection (hercontrole): the audit {@code assessmentId} follows up the earlier audit {@code earlierId}. */
@MappedEntity("audit_follow_up")
record AuditFollowUp(@Id Long assessmentId, Long earlierId, Instant createdAt) {
}
