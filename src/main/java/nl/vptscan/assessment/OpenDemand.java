package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * An eis or waarschuwing of a submitted audit whose deadline has not yet been checked by a submitted re-inspection.
 *
 * @param followUpId the re-inspection started for the audit, still a draft; null when none is started
 */
@Serdeable
public record OpenDemand(long auditId, long organisationId, String organisationName, String questionnaireId,
                         String topic, Verdict verdict, @Nullable LocalDate deadline, @Nullable String note,
                         String inspector, @Nullable Long followUpId) {

    /** Whether the deadline lies before the given day. */
    public boolean overdueOn(LocalDate day) {
        return deadline != null && deadline.isBefore(day);
    }
}
