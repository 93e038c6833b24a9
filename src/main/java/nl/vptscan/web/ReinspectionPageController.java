package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import nl.vptscan.assessment.FollowUpService;
import nl.vptscan.assessment.Reinspection;
import nl.vptscan.questionnaire.IndicativeFine;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.questionnaire.Topic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The re-inspection (hercontrole) of an audit: start it, and see per earlier demand whether it is met or repeated. */
@Controller("/beoordelingen/{id}/hercontrole")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ReinspectionPageController {

    /** One earlier eis or waarschuwing as the page shows it. */
    record Row(String topic, String title, String earlierVerdict, String note, LocalDate deadline, boolean deadlinePassed,
               String verdictNow, Integer levelNow, String outcome, boolean repeat, Fine fine) {
    }

    /** A repeat's indicative fine with its amounts written out for the page. */
    record Fine(String provision, int category, String base, int percent, String amount) {
    }

    private final AssessmentAccess access;
    private final FollowUpService followUps;
    private final QuestionnaireCatalog catalog;

    ReinspectionPageController(AssessmentAccess access, FollowUpService followUps, QuestionnaireCatalog catalog) {
        this.access = access;
        this.followUps = followUps;
        this.catalog = catalog;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(long id, HttpRequest<?> request, Caller caller) {
        Assessment followUp = access.assessment(caller, id, Need.RESULTS);
        Reinspection review = followUps.review(id);
        String lang = Pages.lang(request);
        Questionnaire questionnaire = catalog.find(review.questionnaireId()).orElseThrow();
        List<Row> rows = review.demands().stream().map(d -> new Row(d.topic(),
                questionnaire.topic(d.topic()).map(Topic::title).map(t -> t.in(lang)).orElse(d.topic()),
                d.earlierVerdict().label(lang), d.earlierNote(), d.deadline(), d.deadlinePassed(),
                d.verdictNow() == null ? null : d.verdictNow().label(lang), d.levelNow(), d.outcome().name(), d.repeat(),
                fine(d.indicativeFine(), lang))).toList();
        return Pages.view("verdict/reinspection", "assessment", followUp, "review", review, "rows", rows,
                "organisation", access.organisation(caller, followUp.organisationId()),
                "questionnaire", questionnaire.title().in(lang),
                "fineSource", review.fineSource() == null ? null : review.fineSource().in(lang),
                "total", Euros.format(review.demands().stream().map(Reinspection.DemandCheck::indicativeFine)
                        .filter(java.util.Objects::nonNull).mapToLong(IndicativeFine::amount).sum(), lang),
                "write", followUp.status() == Assessment.Status.DRAFT && access.may(caller, id, Need.WRITE));
    }

    /** Starts the re-inspection of the submitted audit {@code id} and shows it. */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> start(long id, Caller caller) {
        access.assessment(caller, id, Need.WRITE);
        Assessment followUp = followUps.start(id, caller.username());
        return Pages.seeOther("/beoordelingen/" + followUp.id() + "/hercontrole");
    }

    private Fine fine(IndicativeFine fine, String lang) {
        if (fine == null) {
            return null;
        }
        String citation = catalog.legal().find(fine.provision()).map(p -> p.citation().in(lang)).orElse(fine.provision());
        return new Fine(citation, fine.category(), Euros.format(fine.base(), lang), fine.percent(),
                Euros.format(fine.amount(), lang));
    }
}
