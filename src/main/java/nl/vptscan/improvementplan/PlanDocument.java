package nl.vptscan.improvementplan;

import nl.vptscan.assessment.AnswerSheet;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.Organisation;
import nl.vptscan.assessment.StoredResult;
import nl.vptscan.questionnaire.Questionnaire;

import java.time.LocalDate;
import java.util.List;

/** Everything a plan workbook shows, gathered before it is written. */
record PlanDocument(Organisation organisation, Assessment assessment, Questionnaire questionnaire, StoredResult result,
                    List<ImprovementAction> actions, AnswerSheet answers, String lang, LocalDate today) {

    String topicTitle(String topicId) {
        return questionnaire.topic(topicId).map(t -> t.title().in(lang)).orElse(topicId);
    }
}
