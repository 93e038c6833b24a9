package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.vptscan.questionnaire.AnswerValue;

import java.util.List;

/**
 * The latest audit beside the latest self-assessment of an organisation that the caller may read (for an
 * inspector: one shared with them): per topic and per question, where they differ and where the organisation
 * judged itself more favourably than the inspector. Without such a self-assessment, {@code selfAssessment} and
 * {@code notice} say why, and the self fields and both lists are empty.
 */
@Serdeable
public record Comparison(long organisationId, String questionnaireId, SelfAssessment selfAssessment,
                         @Nullable String notice, @Nullable Long selfAssessmentId, long auditId,
                         @Nullable Double selfOverall, double auditOverall, List<TopicComparison> topics,
                         List<QuestionComparison> questions) {

    /** Whether a self-assessment stands beside the audit, and if not, why not. */
    public enum SelfAssessment {
        /** A submitted self-assessment the caller may read: the organisation's own, or shared with the inspector. */
        SHARED,
        /** The organisation has a submitted self-assessment of the questionnaire but has not shared it with the caller. */
        NOT_SHARED,
        /** The organisation has no submitted self-assessment of the questionnaire. */
        NONE
    }

    static Comparison without(long organisationId, String questionnaireId, SelfAssessment why, long auditId,
                              double auditOverall) {
        String notice = why == SelfAssessment.NOT_SHARED
                ? "The organisation has not shared a self-assessment of " + questionnaireId + " with you"
                : "The organisation has no submitted self-assessment of " + questionnaireId;
        return new Comparison(organisationId, questionnaireId, why, notice, null, auditId, null, auditOverall,
                List.of(), List.of());
    }

    @Serdeable
    public record TopicComparison(String topic, double selfPercentage, int selfLevel, double auditPercentage,
                                  int auditLevel, @Nullable Verdict verdict, @Nullable String note, boolean differs,
                                  boolean selfMoreFavourable) {
    }

    @Serdeable
    public record QuestionComparison(String questionId, String topic, @Nullable AnswerValue selfAnswer,
                                     @Nullable AnswerValue auditAnswer, boolean differs, boolean selfMoreFavourable) {
    }
}
