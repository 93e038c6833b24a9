package nl.vptscan.assessment;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;

/**
 * When a re-inspection is submitted, writes to its audit trail per earlier eis or waarschuwing whether it is met and,
 * for a repeat, the indicative fine: what the inspector saw at the time stays on record even when the catalogue or
 * the organisation's size changes later.
 */
@Singleton
class FollowUpRecorder implements ApplicationEventListener<AssessmentSubmitted> {

    private final FollowUpService followUps;
    private final AuditTrail audit;

    FollowUpRecorder(FollowUpService followUps, AuditTrail audit) {
        this.followUps = followUps;
        this.audit = audit;
    }

    @Override
    public void onApplicationEvent(AssessmentSubmitted event) {
        long id = event.assessment().id();
        if (!event.assessment().byInspector() || followUps.earlierOf(id).isEmpty()) {
            return;
        }
        for (Reinspection.DemandCheck check : followUps.review(id).demands()) {
            String before = check.earlierVerdict().name() + (check.deadline() == null ? "" : " | deadline: " + check.deadline());
            String found = check.outcome().name() + (check.repeat() ? " | REPEAT" : "")
                    + (check.indicativeFine() == null ? "" : " | indicative fine: EUR " + check.indicativeFine().amount()
                    + " (" + check.indicativeFine().provision() + ", category " + check.indicativeFine().category()
                    + ", " + check.indicativeFine().percent() + "% of " + check.indicativeFine().base() + ")");
            audit.record(id, event.actor(), "REINSPECTION", check.topic(), before, found);
        }
    }
}
