package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * Records every change to an assessment, its answers and its plan, in the caller's transaction: a change and
 * its audit event are stored together or not at all.
 */
@Singleton
public class AuditTrail {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(long assessmentId, String actor, String kind, String subject,
                       @Nullable String oldValue, @Nullable String newValue) {
        events.save(new AuditEvent(null, assessmentId, clock.instant(), actor, kind, subject, oldValue, newValue));
    }

    public List<AuditEvent> of(long assessmentId) {
        return events.findByAssessmentIdOrderById(assessmentId);
    }
}
