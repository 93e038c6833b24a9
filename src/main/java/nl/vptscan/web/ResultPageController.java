package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.AssessmentAccess.Need;
import nl.vptscan.assessment.AssessmentService;
import nl.vptscan.assessment.StoredResult;
import nl.vptscan.improvementplan.ImprovementPlanService;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.result.Finding;
import nl.vptscan.result.TopicResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The result of a submitted assessment: scores per topic, the findings and why, and the plan van aanpak. */
@Controller("/beoordelingen/{id}/resultaat")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ResultPageController {

    /** A topic's score with its traffic light and, when its level is capped, the finding that capped it. */
    record TopicRow(String id, String title, String legal, long percentage, int level, String colour, String cappedBy) {
    }

    /** An answer behind a finding. */
    record EvidenceRow(String question, String answer) {
    }

    /** A finding with its explanation, legal basis and the answers that led to it. */
    record FindingRow(String topic, String ruleId, String severity, String message, String legal, List<EvidenceRow> evidence) {
    }

    private final AssessmentAccess access;
    private final AssessmentService assessments;
    private final ImprovementPlanService plans;
    private final QuestionnaireCatalog catalog;
    private final AnswerLabels labels;
    private final Texts texts;

    ResultPageController(AssessmentAccess access, AssessmentService assessments, ImprovementPlanService plans,
                         QuestionnaireCatalog catalog, AnswerLabels labels, Texts texts) {
        this.access = access;
        this.assessments = assessments;
        this.plans = plans;
        this.catalog = catalog;
        this.labels = labels;
        this.texts = texts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(long id, HttpRequest<?> request, Caller caller) {
        String lang = Pages.lang(request);
        Assessment assessment = access.assessment(caller, id, Need.RESULTS);
        StoredResult stored = assessments.latestResult(id);
        Questionnaire q = catalog.find(assessment.questionnaireId()).orElseThrow();
        List<TopicRow> topics = new ArrayList<>();
        List<Charts.BarInput> bars = new ArrayList<>();
        for (TopicResult score : stored.result().topics()) {
            String title = q.topic(score.topic()).map(t -> t.title().in(lang)).orElse(score.topic());
            topics.add(new TopicRow(score.topic(), title, q.topic(score.topic()).map(t -> t.legal()).orElse(""),
                    Math.round(score.percentage()), score.level(), score.colour(), score.cappedBy()));
            bars.add(new Charts.BarInput(title, score.percentage(), score.colour()));
        }
        List<FindingRow> findings = new ArrayList<>();
        for (Finding f : stored.result().findings()) {
            List<EvidenceRow> evidence = f.evidence().stream().map(e -> q.question(e.questionId())
                    .map(question -> new EvidenceRow(question.text().in(lang), answer(question, e.value(), lang)))
                    .orElse(new EvidenceRow(e.questionId(), e.value()))).toList();
            findings.add(new FindingRow(q.topic(f.topic()).map(t -> t.title().in(lang)).orElse(f.topic()), f.ruleId(),
                    f.severity().name(), f.message(lang), f.legal(), evidence));
        }
        return Pages.view("result/result", "assessment", assessment,
                "organisation", access.organisation(caller, assessment.organisationId()),
                "questionnaire", q.title().in(lang), "result", stored, "overall", Math.round(stored.result().overall()),
                "topics", topics, "chart", Charts.bars(bars), "findings", findings, "actions", plans.plan(id),
                "details", access.may(caller, id, Need.DETAILS), "write", access.may(caller, id, Need.WRITE),
                "levels", List.of(0, 1, 2, 3, 4));
    }

    private String answer(Question question, String value, String lang) {
        return question.allowedValues().contains(value) ? labels.label(question, value, lang) : value;
    }
}
