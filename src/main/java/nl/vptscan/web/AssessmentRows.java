package nl.vptscan.web;

import jakarta.inject.Singleton;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.AssessmentService;
import nl.vptscan.questionnaire.QuestionnaireCatalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** An organisation's assessments as the lists on the dashboard and the organisation page show them. */
@Singleton
final class AssessmentRows {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    /** One line of a list: what, whose, where it stands, and the overall score once submitted. */
    record Row(long id, String questionnaire, String kind, String status, LocalDate date, Double score, String link) {
    }

    /** A questionnaire to choose from, with its title in the page's language. */
    record Choice(String id, String title) {
    }

    private final AssessmentService assessments;
    private final AssessmentAccess access;
    private final QuestionnaireCatalog catalog;

    AssessmentRows(AssessmentService assessments, AssessmentAccess access, QuestionnaireCatalog catalog) {
        this.assessments = assessments;
        this.access = access;
        this.catalog = catalog;
    }

    List<Row> of(Caller caller, long organisationId, String lang) {
        return assessments.ofOrganisation(organisationId).stream().filter(a -> access.listed(caller, a))
                .map(a -> row(a, lang)).toList();
    }

    Row row(Assessment a, String lang) {
        boolean submitted = a.status() == Assessment.Status.SUBMITTED;
        Double score = submitted ? assessments.latestResult(a.id()).result().overall() : null;
        Instant when = submitted ? a.submittedAt() : a.createdAt();
        return new Row(a.id(), title(a.questionnaireId(), lang), a.kind().name(), a.status().name(),
                LocalDate.ofInstant(when, NL), score,
                "/beoordelingen/" + a.id() + (submitted ? "/resultaat" : ""));
    }

    List<Choice> questionnaires(String lang) {
        return catalog.all().stream().map(q -> new Choice(q.id(), q.title().in(lang))).toList();
    }

    String title(String questionnaireId, String lang) {
        return catalog.find(questionnaireId).map(q -> q.title().in(lang)).orElse(questionnaireId);
    }
}
