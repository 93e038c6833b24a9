package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An inspector's verdict on one topic of an audit, with a note and, for an eis (always) or a waarschuwing
 * (optionally), the date by which the organisation must meet it.
 */
@Serdeable
@MappedEntity("audit_verdict")
public record AuditVerdict(@EmbeddedId Key key, Verdict verdict, @Nullable String note, String updatedBy,
                           Instant updatedAt, @Nullable LocalDate deadline) {

    /** The audit and the topic a verdict belongs to. */
    @Serdeable
    @Embeddable
    public record Key(@MappedProperty("assessment_id") Long assessmentId, @MappedProperty("topic") String topic) {
    }
}
