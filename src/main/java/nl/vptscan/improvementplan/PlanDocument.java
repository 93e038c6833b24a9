package nl.vptscan.improvementplan;

import nl.vptscan.assessment.AnswerSheet;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.Organisation;
import nl.vptscan.assessment.StoredResult;
import nl.vptscan.questionnaire.Questionnaire;

import io.micronaut.core.annotation.Nullable;
import nl.vptscan.evidence.Attachment;

import java.time.LocalDate;
import java.util.Map;
import java.util.List;

/** Everything a plan workbook shows, gathered before it is written: also its adoption and the attached documents. */
record PlanDocument(Organisation organisation, Assessment assessment, Questionnaire questionnaire, StoredResult result,
                    List<ImprovementAction> actions, AnswerSheet answers, @Nullable PlanAdoption adoption,
                    Map<String, List<Attachment>> attachments, String lang, LocalDate today) {

    String topicTitle(String topicId) {
        return questionnaire.topic(topicId).map(t -> t.title().in(lang)).orElse(topicId);
    }
}
