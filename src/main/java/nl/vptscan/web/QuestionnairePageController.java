package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.AnswerSheet;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.AssessmentAccess.Need;
import nl.vptscan.assessment.AssessmentService;
import nl.vptscan.assessment.AnswerOrigin;
import nl.vptscan.assessment.Organisation;
import nl.vptscan.assessment.PrefillService;
import nl.vptscan.assessment.StoredAnswer;
import nl.vptscan.problem.ApiException;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.questionnaire.Topic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Filling in an assessment topic by topic: save and resume, previous and next, and submit. */
@Controller("/beoordelingen/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class QuestionnairePageController {

    /** A topic in the navigation: where it is and whether its required questions are answered. */
    record TopicLink(String id, String title, String href, boolean complete, boolean current, int answered, int required) {
    }

    /** One provision of the topic's legal basis, cited and summarised as the legal catalogue has it. */
    record LegalRow(String citation, String summary) {
    }

    /** An unanswered required question, with the topic page where it is asked. */
    record Missing(String topic, String text, String href) {
    }

    private final AssessmentAccess access;
    private final AssessmentService assessments;
    private final QuestionnaireCatalog catalog;
    private final AnswerLabels labels;
    private final Texts texts;
    private final LoginReturn returned;
    private final PrefillService prefill;

    QuestionnairePageController(AssessmentAccess access, AssessmentService assessments, QuestionnaireCatalog catalog,
                                AnswerLabels labels, Texts texts, LoginReturn returned, PrefillService prefill) {
        this.prefill = prefill;
        this.returned = returned;
        this.access = access;
        this.assessments = assessments;
        this.catalog = catalog;
        this.labels = labels;
        this.texts = texts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> open(long id, Caller caller) {
        Assessment assessment = access.assessment(caller, id, Need.RESULTS);
        if (assessment.status() == Assessment.Status.SUBMITTED) {
            return Pages.seeOther(base(id) + "/resultaat");
        }
        access.assessment(caller, id, Need.DETAILS);
        AnswerSheet sheet = assessments.answers(id);
        String topic = sheet.topics().stream().filter(t -> !t.complete()).findFirst()
                .orElse(sheet.topics().get(0)).topic();
        return Pages.seeOther(base(id) + "/onderwerp/" + topic);
    }

    @Get(value = "/onderwerp/{topicId}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> topic(long id, String topicId, HttpRequest<?> request, Caller caller) {
        Assessment assessment = access.assessment(caller, id, Need.DETAILS);
        Questionnaire questionnaire = questionnaire(assessment);
        Topic topic = topic(questionnaire, topicId);
        AnswerSheet sheet = assessments.answers(id);
        var kept = returned.take(request);
        if (kept.isPresent()) {
            // typed before the login expired: shown again, saved only when the person saves it
            return page(request, caller, assessment, questionnaire, topic, sheet, QuestionForm.fromPost(topic, kept.get()),
                    List.of(), HttpStatus.OK, true).cookie(LoginReturn.forget());
        }
        return page(request, caller, assessment, questionnaire, topic, sheet,
                QuestionForm.fromStored(topic, sheet.answers(), Pages.lang(request)), List.of(), HttpStatus.OK, false);
    }

    @Post(value = "/onderwerp/{topicId}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(long id, String topicId, HttpRequest<?> request, @Body String body, Caller caller) {
        FormBody form = FormBody.parse(body);
        Assessment assessment = access.assessment(caller, id, Need.WRITE);
        Questionnaire questionnaire = questionnaire(assessment);
        Topic topic = topic(questionnaire, topicId);
        Map<String, QuestionForm.Entry> entries = QuestionForm.fromPost(topic, form);
        List<FieldError> contradictions = QuestionForm.contradictions(topic, form);
        if (!contradictions.isEmpty()) {
            return page(request, caller, assessment, questionnaire, topic, assessments.answers(id), entries, contradictions,
                    HttpStatus.BAD_REQUEST, false);
        }
        try {
            assessments.saveAnswers(id, QuestionForm.answers(entries), caller.username());
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return page(request, caller, assessment, questionnaire, topic, assessments.answers(id), entries, e.errors(),
                    HttpStatus.BAD_REQUEST, false);
        }
        String go = form.first("ga");
        if ("indienen".equals(go)) {
            return submit(id, request, Map.of(), caller);
        }
        int index = questionnaire.topics().indexOf(topic);
        Topic target = "vorige".equals(go) && index > 0 ? questionnaire.topics().get(index - 1)
                : "volgende".equals(go) && index < questionnaire.topics().size() - 1 ? questionnaire.topics().get(index + 1)
                : topic;
        return Pages.seeOther(base(id) + "/onderwerp/" + target.id() + "?opgeslagen=1");
    }

    @Post(value = "/indienen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> submit(long id, HttpRequest<?> request, @Body Map<String, String> form, Caller caller) {
        Assessment assessment = access.assessment(caller, id, Need.WRITE);
        try {
            assessments.submit(id, caller.username());
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INCOMPLETE) {
                throw e;
            }
            return missing(request, assessment, e.errors(), "assessment.unconfirmed".equals(e.code()));
        }
        return Pages.seeOther(base(id) + "/resultaat");
    }

    /**
     * The refused submit: the unanswered required questions, or (when {@code unconfirmed}) the answers taken over
     * from the other instrument that still wait for a confirmation, each linked to its place.
     */
    private HttpResponse<?> missing(HttpRequest<?> request, Assessment assessment, List<FieldError> errors,
                                    boolean unconfirmed) {
        String lang = Pages.lang(request);
        Questionnaire questionnaire = questionnaire(assessment);
        List<Missing> missing = new ArrayList<>();
        for (FieldError error : errors) {
            questionnaire.question(error.field().replaceFirst("^answers\\.", "")).ifPresent(q -> missing.add(new Missing(
                    topic(questionnaire, q.topic()).title().in(lang), q.text().in(lang),
                    base(assessment.id()) + "/onderwerp/" + q.topic() + "#q-" + q.id().replace('.', '-'))));
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Pages.view("questionnaire/missing",
                "assessment", assessment, "questionnaire", questionnaire.title().in(lang), "missing", missing,
                "unconfirmed", unconfirmed));
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, Caller caller, Assessment assessment, Questionnaire questionnaire,
                                 Topic topic, AnswerSheet sheet, Map<String, QuestionForm.Entry> entries,
                                 List<FieldError> errors, HttpStatus status, boolean restored) {
        String lang = Pages.lang(request);
        List<TopicLink> links = new ArrayList<>();
        int complete = 0;
        for (AnswerSheet.TopicProgress p : sheet.topics()) {
            Topic t = topic(questionnaire, p.topic());
            links.add(new TopicLink(t.id(), t.title().in(lang), base(assessment.id()) + "/onderwerp/" + t.id(),
                    p.complete(), t.id().equals(topic.id()), p.answered(), p.required()));
            complete += p.complete() ? 1 : 0;
        }
        int index = questionnaire.topics().indexOf(topic);
        Organisation organisation = access.organisation(caller, assessment.organisationId());
        return HttpResponse.status(status).body(Pages.view("questionnaire/topic",
                "assessment", assessment, "organisation", organisation, "questionnaire", questionnaire.title().in(lang),
                "topic", topic, "topicTitle", topic.title().in(lang), "topicDescription", topic.description().in(lang),
                "legalBasis", topic.legal().stream().map(l -> new LegalRow(l.citation().in(lang), l.summary().in(lang))).toList(),
                "fields", QuestionForm.fields(questionnaire, topic, entries, errors, labels, texts, lang),
                "topics", links, "complete", complete, "total", links.size(),
                "allComplete", sheet.requiredAnswered() == sheet.requiredTotal(),
                "editable", assessment.status() == Assessment.Status.DRAFT && access.may(caller, assessment.id(), Need.WRITE),
                "hasPrevious", index > 0, "hasNext", index < questionnaire.topics().size() - 1,
                "errorCount", errors.size(), "saved", request.getParameters().contains("opgeslagen"),
                "unmoved", unmoved(assessment, questionnaire, lang), "restored", restored,
                "origins", origins(topic, sheet, lang),
                "unconfirmedInTopic", topic.questions().stream().map(q -> sheet.answers().get(q.id()))
                        .filter(a -> a != null && a.unconfirmed()).count(),
                "prefillOffer", assessment.status() == Assessment.Status.DRAFT && access.may(caller, assessment.id(), Need.WRITE)
                        && prefill.offer(assessment.id(), a -> access.may(caller, a.id(), Need.DETAILS)).isPresent(),
                "prefilled", request.getParameters().contains("overgenomen"),
                "confirmed", request.getParameters().contains("bevestigd")));
    }

    /** How a taken-over answer is marked on its question: where it came from, and whether it was confirmed. */
    record OriginRow(String text, boolean confirmed) {
    }

    private Map<String, OriginRow> origins(Topic topic, AnswerSheet sheet, String lang) {
        Map<String, OriginRow> origins = new java.util.HashMap<>();
        for (Question q : topic.questions()) {
            StoredAnswer answer = sheet.answers().get(q.id());
            if (answer != null && answer.origin() != null) {
                AnswerOrigin origin = answer.origin();
                origins.put(q.id(), new OriginRow(texts.get(lang, "prefill.origin",
                        catalog.find(origin.sourceQuestionnaireId()).map(x -> x.title().in(lang))
                                .orElse(origin.sourceQuestionnaireId()),
                        LocalDate.ofInstant(origin.sourceSubmittedAt(), AssessmentRows.NL)), origin.confirmed()));
            }
        }
        return origins;
    }

    /** An earlier answer that could not move to this questionnaire version, as the draft's page lists it. */
    record Unmoved(String oldQuestion, String oldAnswer, String question) {
    }

    private List<Unmoved> unmoved(Assessment assessment, Questionnaire questionnaire, String lang) {
        return assessments.unmoved(assessment.id()).stream().map(u -> new Unmoved(u.oldQuestionId(),
                oldAnswer(u.oldAnswer(), lang), u.questionId() == null ? null : questionnaire.question(u.questionId())
                        .map(q -> q.text().in(lang)).orElse(u.questionId()))).toList();
    }

    /** An old answer in stored form as a person reads it: "Nee" for {@code "no"}, text without its quotes. */
    private String oldAnswer(String stored, String lang) {
        String plain = stored.length() > 1 && stored.startsWith("\"") && stored.endsWith("\"")
                ? stored.substring(1, stored.length() - 1) : stored;
        return switch (plain) {
            case "yes", "no", "partly", Question.NOT_APPLICABLE -> texts.get(lang, "answer." + plain);
            default -> plain;
        };
    }

    private Questionnaire questionnaire(Assessment assessment) {
        return catalog.find(assessment.questionnaireId()).orElseThrow();
    }

    private static Topic topic(Questionnaire questionnaire, String topicId) {
        return questionnaire.topic(topicId).orElseThrow(() -> DomainException.notFound("No topic " + topicId,
                "topic.notFound", topicId));
    }

    static String base(long id) {
        return "/beoordelingen/" + id;
    }
}
