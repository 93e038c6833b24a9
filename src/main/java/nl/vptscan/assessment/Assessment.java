package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import nl.vptscan.scoring.fact.AssessmentContext;

import java.time.Instant;

/** One organisation's run through one questionnaire: DRAFT while answers are saved, SUBMITTED once scored. */
@Serdeable
@MappedEntity("assessment")
public record Assessment(@Id @GeneratedValue @Nullable Long id, Long organisationId, String questionnaireId,
                         String questionnaireVersion, AssessmentContext.Kind kind, Status status, String createdBy,
                         Instant createdAt, @Nullable Instant submittedAt) {

    /** DRAFT: answers may change. SUBMITTED: answers are frozen and a result is stored. */
    public enum Status { DRAFT, SUBMITTED }

    /** True for an inspector's audit, false for a self-assessment. */
    public boolean byInspector() {
        return kind == AssessmentContext.Kind.AUDIT;
    }

    Assessment submitted(Instant at) {
        return new Assessment(id, organisationId, questionnaireId, questionnaireVersion, kind, Status.SUBMITTED,
                createdBy, createdAt, at);
    }

    /** The same draft, now answering the given version of its questionnaire. */
    Assessment onVersion(String version) {
        return new Assessment(id, organisationId, questionnaireId, version, kind, status, createdBy, createdAt,
                submittedAt);
    }
}
