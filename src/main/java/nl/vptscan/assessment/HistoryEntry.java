package nl.vptscan.assessment;

import io.micronaut.serde.annotation.Serdeable;
import nl.vptscan.result.TopicResult;
import nl.vptscan.scoring.fact.AssessmentContext;

import java.time.Instant;
import java.util.List;

/** One submitted assessment in an organisation's history, with its latest result's scores, overall level and
 * number of unmet legal duties. */
@Serdeable
public record HistoryEntry(long assessmentId, String questionnaireId, AssessmentContext.Kind kind, Instant submittedAt,
                           long resultId, String rulesetVersion, double overall, int overallLevel, int unmetDuties,
                           List<TopicResult> topics) {

    static HistoryEntry of(Assessment assessment, StoredResult result) {
        return new HistoryEntry(assessment.id(), assessment.questionnaireId(), assessment.kind(),
                assessment.submittedAt(), result.id(), result.result().rulesetVersion(), result.result().overall(),
                result.result().overallLevel(), result.result().unmetDuties(), result.result().topics());
    }
}
