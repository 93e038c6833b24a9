package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import nl.vptscan.assessment.PrefillService;
import nl.vptscan.assessment.StoredAnswer;
import nl.vptscan.problem.DomainException;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Answer once for both instruments, on the pages: the offer to take answers over from the other instrument when a
 * draft starts, and confirming taken-over answers on a topic page (one answer, or all of the topic's).
 */
@Controller("/beoordelingen/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class PrefillPageController {

    /** A question the offer would answer, with its topic and whether the answer there is older than 12 months. */
    record OfferedRow(String topic, String question, boolean stale) {
    }

    private final AssessmentAccess access;
    private final PrefillService prefill;
    private final QuestionnaireCatalog catalog;

    PrefillPageController(AssessmentAccess access, PrefillService prefill, QuestionnaireCatalog catalog) {
        this.access = access;
        this.prefill = prefill;
        this.catalog = catalog;
    }

    @Get(value = "/overnemen", produces = MediaType.TEXT_HTML)
    HttpResponse<?> offer(long id, HttpRequest<?> request, Caller caller) {
        Assessment assessment = access.assessment(caller, id, Need.WRITE);
        var offer = prefill.offer(id, a -> access.may(caller, a.id(), Need.DETAILS)).orElse(null);
        if (offer == null) {
            return Pages.seeOther(QuestionnairePageController.base(id));
        }
        String lang = Pages.lang(request);
        Questionnaire questionnaire = catalog.find(assessment.questionnaireId()).orElseThrow();
        Set<String> stale = Set.copyOf(offer.stale());
        List<OfferedRow> rows = new ArrayList<>();
        for (String questionId : offer.questions()) {
            questionnaire.question(questionId).ifPresent(q -> rows.add(new OfferedRow(
                    questionnaire.topic(q.topic()).map(t -> t.title().in(lang)).orElse(q.topic()), q.text().in(lang),
                    stale.contains(questionId))));
        }
        return HttpResponse.ok(Pages.view("questionnaire/prefill", "assessment", assessment,
                "organisation", access.organisation(caller, assessment.organisationId()),
                "questionnaire", questionnaire.title().in(lang), "offer", offer,
                "source", instrument(offer.sourceQuestionnaireId(), lang),
                "sourceDate", LocalDate.ofInstant(offer.sourceSubmittedAt(), AssessmentRows.NL),
                "offered", rows, "staleCount", offer.stale().size()));
    }

    @Post(value = "/overnemen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> take(long id, @Body String body, Caller caller) {
        Assessment assessment = access.assessment(caller, id, Need.WRITE);
        long source = parse(FormBody.parse(body).first("bron"));
        AnswerSheet sheet = prefill.accept(id, source, a -> access.may(caller, a.id(), Need.DETAILS), caller.username());
        // on to the first topic with an answer to check
        Questionnaire questionnaire = catalog.find(assessment.questionnaireId()).orElseThrow();
        String topic = sheet.answers().values().stream().filter(StoredAnswer::unconfirmed).findFirst()
                .flatMap(a -> questionnaire.question(a.questionId())).map(q -> q.topic())
                .orElse(questionnaire.topics().get(0).id());
        return Pages.seeOther(QuestionnairePageController.base(id) + "/onderwerp/" + topic + "?overgenomen=1");
    }

    /** Confirms the answer named {@code vraag}, or else every taken-over answer of the topic {@code onderwerp}. */
    @Post(value = "/bevestigen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirm(long id, @Body String body, Caller caller) {
        access.assessment(caller, id, Need.WRITE);
        FormBody form = FormBody.parse(body);
        String topic = form.first("onderwerp");
        String question = form.first("vraag");
        if (topic == null || topic.isBlank()) {
            throw DomainException.invalidField("No topic to return to", "onderwerp", "prefill.topicRequired");
        }
        if (question != null && !question.isBlank()) {
            prefill.confirm(id, List.of(question), caller.username());
        } else {
            prefill.confirmTopic(id, topic, caller.username());
        }
        String anchor = question == null || question.isBlank() ? "" : "#q-" + question.replace('.', '-');
        return Pages.seeOther(QuestionnairePageController.base(id) + "/onderwerp/" + topic + "?bevestigd=1" + anchor);
    }

    private String instrument(String questionnaireId, String lang) {
        return catalog.find(questionnaireId).map(q -> q.title().in(lang)).orElse(questionnaireId);
    }

    private static long parse(String source) {
        try {
            return Long.parseLong(source == null ? "" : source.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalidField("No source assessment to take over from", "bron", "prefill.sourceRequired");
        }
    }
}
