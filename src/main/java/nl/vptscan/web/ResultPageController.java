package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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
import nl.vptscan.assessment.InstrumentComparison;
import nl.vptscan.assessment.Share;
import nl.vptscan.assessment.ShareService;
import nl.vptscan.assessment.StoredResult;
import nl.vptscan.improvementplan.ImprovementPlanService;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.result.Finding;
import nl.vptscan.result.LevelScale;
import nl.vptscan.result.TopicResult;
import nl.vptscan.scoring.fact.AssessmentContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The result of a submitted assessment: scores per topic, the findings and why, and the plan van aanpak; for a
 * self-assessment, with whom the organisation shares it ("Delen met inspecteur").
 */
@Controller("/beoordelingen/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ResultPageController {

    /** Level 4, "geborgd": a topic there needs no explanation of why it is not higher. */
    private static final int TOP_LEVEL = 4;

    /**
     * A topic's score with its traffic light and why it has that level: the finding that capped it, or else, below
     * the top level, the topic's most serious finding (none when the topic raised no finding).
     */
    record TopicRow(String id, String title, String legal, long percentage, int level, String colour, boolean capped,
                    String why) {
    }

    /** An answer behind a finding. */
    record EvidenceRow(String question, String answer) {
    }

    /** A finding with its explanation, legal basis and the answers that led to it. */
    record FindingRow(String topic, String ruleId, String severity, String message, String legal, List<EvidenceRow> evidence) {
    }

    /** An active share of the self-assessment, with the date it was made. */
    record ShareRow(long id, String inspector, String sharedBy, LocalDate date) {
    }

    /** A mapped question: this answer and the answer it gives in the other questionnaire (null when none). */
    record OtherRow(String question, String answer, String otherQuestion, String otherAnswer) {
    }

    /**
     * A topic of the other questionnaire: the level the mapped answers reach, how much of it they answer, and the
     * mapped questions that answer it.
     */
    record OtherTopic(String title, int level, String colour, String mapped, boolean indicative, boolean unknown,
                      List<OtherRow> rows) {
    }

    /** How the answers score under the other questionnaire, for the table on the result page. */
    record Other(String title, List<OtherTopic> topics, boolean indicative) {
    }

    private final AssessmentAccess access;
    private final AssessmentService assessments;
    private final ImprovementPlanService plans;
    private final ShareService shares;
    private final QuestionnaireCatalog catalog;
    private final InstrumentComparison comparison;
    private final Texts texts;

    ResultPageController(AssessmentAccess access, AssessmentService assessments, ImprovementPlanService plans,
                         ShareService shares, QuestionnaireCatalog catalog, InstrumentComparison comparison,
                         Texts texts) {
        this.comparison = comparison;
        this.texts = texts;
        this.access = access;
        this.assessments = assessments;
        this.plans = plans;
        this.shares = shares;
        this.catalog = catalog;
    }

    @Get(value = "/resultaat", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(long id, HttpRequest<?> request, Caller caller) {
        return page(id, request, caller, List.of());
    }

    /** Shares the self-assessment with the inspector chosen in the form. */
    @Post(value = "/delen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> share(long id, HttpRequest<?> request, @Body String body, Caller caller) {
        FormBody form = FormBody.parse(body);
        try {
            shares.share(caller, id, form.first("inspector"), null);
        } catch (DomainException e) {
            if (e.errors().isEmpty()) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(id, request, caller, e.errors()));
        }
        return Pages.seeOther("/beoordelingen/" + id + "/resultaat?gedeeld=1#delen");
    }

    /** Revokes a share: the inspector no longer reads the self-assessment. */
    @Post(value = "/delen/{shareId}/intrekken", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> revoke(long id, long shareId, Caller caller) {
        shares.revoke(caller, id, shareId);
        return Pages.seeOther("/beoordelingen/" + id + "/resultaat?ingetrokken=1#delen");
    }

    private ModelAndView<Map<String, Object>> page(long id, HttpRequest<?> request, Caller caller, List<FieldError> shareErrors) {
        String lang = Pages.lang(request);
        Assessment assessment = access.assessment(caller, id, Need.RESULTS);
        StoredResult stored = assessments.latestResult(id);
        Questionnaire q = catalog.find(assessment.questionnaireId()).orElseThrow();
        List<TopicRow> topics = new ArrayList<>();
        List<Charts.BarInput> bars = new ArrayList<>();
        for (TopicResult score : stored.result().topics()) {
            String title = q.topic(score.topic()).map(t -> t.title().in(lang)).orElse(score.topic());
            Optional<Finding> why = score.cappedBy() != null
                    ? stored.result().findings().stream().filter(f -> f.ruleId().equals(score.cappedBy())).findFirst()
                    : stored.result().findings().stream().filter(f -> score.level() < TOP_LEVEL && f.topic().equals(score.topic()))
                            .min(Comparator.comparingInt(f -> f.severity().ordinal()));
            topics.add(new TopicRow(score.topic(), title, q.topic(score.topic()).map(t -> t.citations(lang)).orElse(""),
                    Math.round(score.percentage()), score.level(), score.colour(), score.cappedBy() != null && why.isPresent(),
                    why.map(f -> f.message(lang)).orElse(null)));
            bars.add(new Charts.BarInput(title, score.percentage(), score.colour()));
        }
        List<FindingRow> findings = new ArrayList<>();
        // violations first, then warnings, then advice; within each as the rules raised them
        for (Finding f : stored.result().findings().stream()
                .sorted(Comparator.comparingInt(x -> x.severity().ordinal())).toList()) {
            List<EvidenceRow> evidence = f.evidence().stream().map(e -> q.question(e.questionId())
                    .map(question -> new EvidenceRow(question.text().in(lang), question.label(e.value(), lang)))
                    .orElse(new EvidenceRow(e.questionId(), e.value()))).toList();
            findings.add(new FindingRow(q.topic(f.topic()).map(t -> t.title().in(lang)).orElse(f.topic()), f.ruleId(),
                    f.severity().name(), f.message(lang), f.legal(), evidence));
        }
        boolean mayShare = assessment.kind() == AssessmentContext.Kind.SELF
                && assessment.status() == Assessment.Status.SUBMITTED && access.mayShare(caller, assessment);
        List<Share> active = mayShare ? shares.shares(caller, id).stream().filter(Share::active).toList() : List.of();
        Set<String> sharedWith = active.stream().map(Share::inspector).collect(Collectors.toSet());
        return Pages.view("result/result", "assessment", assessment,
                "mayShare", mayShare, "shareErrors", shareErrors,
                "shares", active.stream().map(x -> new ShareRow(x.id(), x.inspector(), x.sharedBy(),
                        LocalDate.ofInstant(x.sharedAt(), AssessmentRows.NL))).toList(),
                "inspectors", mayShare ? shares.inspectors().stream().filter(i -> !sharedWith.contains(i)).toList() : List.of(),
                "shareSaved", request.getParameters().get("gedeeld") != null,
                "shareRevoked", request.getParameters().get("ingetrokken") != null,
                "organisation", access.organisation(caller, assessment.organisationId()),
                "questionnaire", q.title().in(lang), "result", stored, "overall", Math.round(stored.result().overall()),
                "topics", topics, "chart", Charts.bars(bars), "findings", findings, "actions", plans.plan(id),
                "details", access.may(caller, id, Need.DETAILS), "write", access.may(caller, id, Need.WRITE),
                "levels", List.of(0, 1, 2, 3, 4),
                "other", access.may(caller, id, Need.DETAILS) ? other(id, q, lang) : null);
    }

    /** The answers of this assessment under the other questionnaire; null when there is none to compare with. */
    private Other other(long id, Questionnaire own, String lang) {
        return comparison.of(id).flatMap(view -> catalog.find(view.otherQuestionnaireId()).map(other -> {
            Map<String, List<OtherRow>> rows = new java.util.HashMap<>();
            view.rows().forEach(r -> {
                Question here = own.question(r.questionId()).orElseThrow();
                Question there = other.question(r.otherQuestionId()).orElseThrow();
                rows.computeIfAbsent(r.otherTopic(), t -> new ArrayList<>()).add(new OtherRow(here.text().in(lang),
                        r.value().label(here, lang), there.text().in(lang),
                        r.mappedValue() == null ? null : r.mappedValue().label(there, lang)));
            });
            List<OtherTopic> topics = view.topics().stream().map(t -> new OtherTopic(
                    other.topic(t.topic()).map(x -> x.title().in(lang)).orElse(t.topic()), t.level(),
                    LevelScale.colour(t.level()), texts.get(lang, "other.mappedOf", t.mapped(), t.required()),
                    t.indicative(), t.mapped() == 0, rows.getOrDefault(t.topic(), List.of()))).toList();
            return new Other(other.title().in(lang), topics, view.indicative());
        })).orElse(null);
    }
}
