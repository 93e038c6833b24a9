package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One change to an assessment: who, when, what ({@code kind}: ANSWER, STATUS, RESULT, PLAN...), on which
 * {@code subject} (a question id, an action id), and the old and new value.
 */
@Serdeable
@MappedEntity("audit_event")
public record AuditEvent(@Id @GeneratedValue @Nullable Long id, Long assessmentId, Instant occurredAt, String actor,
                         String kind, String subject, @Nullable String oldValue, @Nullable String newValue) {
}
