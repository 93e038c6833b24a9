package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The latest audit beside the latest self-assessment of an organisation: per topic and per question, where
 * they differ and where the organisation judged itself more favourably than the inspector.
 */
@Serdeable
public record Comparison(long organisationId, String questionnaireId, long selfAssessmentId, long auditId,
                         double selfOverall, double auditOverall, List<TopicComparison> topics,
                         List<QuestionComparison> questions) {

    @Serdeable
    public record TopicComparison(String topic, double selfPercentage, int selfLevel, double auditPercentage,
                                  int auditLevel, @Nullable Verdict verdict, @Nullable String note, boolean differs,
                                  boolean selfMoreFavourable) {
    }

    @Serdeable
    public record QuestionComparison(String questionId, String topic, @Nullable Object selfAnswer,
                                     @Nullable Object auditAnswer, boolean differs, boolean selfMoreFavourable) {
    }
}
