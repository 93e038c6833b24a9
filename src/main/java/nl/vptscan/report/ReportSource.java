package nl.vptscan.report;

import io.micronaut.core.annotation.Nullable;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AuditVerdict;
import nl.vptscan.assessment.HistoryEntry;
import nl.vptscan.assessment.Organisation;
import nl.vptscan.assessment.StoredAnswer;
import nl.vptscan.assessment.StoredResult;
import nl.vptscan.benchmark.Group;
import nl.vptscan.evidence.Attachment;
import nl.vptscan.improvementplan.ImprovementAction;
import nl.vptscan.questionnaire.LegalCatalogue;
import nl.vptscan.questionnaire.Questionnaire;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a report tells, gathered (and checked against who asks) before it is built.
 *
 * @param answers     the assessment's answers, empty when the reader may not read answers
 * @param attachments the documents per question id, empty when the reader may not read answers
 * @param verdicts    the inspector's verdicts of an audit, empty for a self-assessment
 * @param previous    the previous submitted assessment of the same organisation, questionnaire and kind, if any
 * @param region      the organisation's region spread of the latest self-assessments, null when not shown
 * @param regionOwn   the organisation's own scores in that spread, by topic id ({@code overall} for the overall)
 */
record ReportSource(Organisation organisation, Assessment assessment, Questionnaire questionnaire, StoredResult result,
                    List<ImprovementAction> actions, Map<String, StoredAnswer> answers,
                    Map<String, List<Attachment>> attachments, List<AuditVerdict> verdicts,
                    @Nullable HistoryEntry previous, @Nullable Group region, Map<String, Double> regionOwn,
                    @Nullable LocalDate regionDate, LegalCatalogue legal, LocalDate today) {

    ReportSource {
        actions = List.copyOf(actions);
        answers = Map.copyOf(answers);
        attachments = Map.copyOf(attachments);
        verdicts = List.copyOf(verdicts);
        regionOwn = Map.copyOf(regionOwn);
    }

    String topicTitle(String topicId, String lang) {
        return questionnaire.topic(topicId).map(t -> t.title().in(lang)).orElse(topicId);
    }
}
