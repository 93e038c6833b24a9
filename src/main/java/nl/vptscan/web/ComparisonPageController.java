package nl.vptscan.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import nl.vptscan.access.Caller;
import nl.vptscan.access.Role;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.AuditService;
import nl.vptscan.assessment.Comparison;
import nl.vptscan.assessment.Organisation;
import nl.vptscan.problem.DomainException;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;

import java.util.List;
import java.util.Map;

/** The inspector's audit beside the organisation's own assessment: where they differ, where it judged itself better. */
@Controller("/organisaties/{id}/vergelijking")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ComparisonPageController {

    record TopicRow(String title, Comparison.TopicComparison scores, String verdict) {
    }

    record QuestionRow(String topic, String text, String self, String audit, boolean differs, boolean selfMoreFavourable) {
    }

    private final AssessmentAccess access;
    private final AuditService audits;
    private final QuestionnaireCatalog catalog;
    private final AnswerLabels labels;

    ComparisonPageController(AssessmentAccess access, AuditService audits, QuestionnaireCatalog catalog, AnswerLabels labels) {
        this.access = access;
        this.audits = audits;
        this.catalog = catalog;
        this.labels = labels;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(long id, @Nullable @QueryValue String questionnaire, HttpRequest<?> request,
                                           Caller caller) {
        if (caller.is(Role.REGION_COORDINATOR)) {
            throw DomainException.forbidden("Comparisons are for inspectors and the organisation", "comparison.forbidden");
        }
        String lang = Pages.lang(request);
        Organisation organisation = access.organisationResults(caller, id);
        Comparison comparison = audits.compare(id, questionnaire,
                a -> !caller.is(Role.INSPECTOR) || caller.username().equals(a.createdBy()), a -> access.listed(caller, a));
        Questionnaire q = catalog.find(comparison.questionnaireId()).orElseThrow();
        List<TopicRow> topics = comparison.topics().stream().map(t -> new TopicRow(
                q.topic(t.topic()).map(x -> x.title().in(lang)).orElse(t.topic()), t,
                t.verdict() == null ? "" : t.verdict().label(lang))).toList();
        List<QuestionRow> questions = comparison.questions().stream().filter(Comparison.QuestionComparison::differs)
                .map(c -> {
                    Question question = q.question(c.questionId()).orElseThrow();
                    return new QuestionRow(q.topic(c.topic()).map(x -> x.title().in(lang)).orElse(c.topic()),
                            question.text().in(lang), labels.display(question, c.selfAnswer(), lang),
                            labels.display(question, c.auditAnswer(), lang), c.differs(), c.selfMoreFavourable());
                }).toList();
        return Pages.view("organisation/comparison", "organisation", organisation, "comparison", comparison,
                "questionnaire", q.title().in(lang), "topics", topics, "questions", questions,
                "shared", comparison.selfAssessment() == Comparison.SelfAssessment.SHARED);
    }
}
