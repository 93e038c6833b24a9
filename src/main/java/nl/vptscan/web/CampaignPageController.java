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
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.Region;
import nl.vptscan.campaign.CampaignInput;
import nl.vptscan.campaign.CampaignService;
import nl.vptscan.campaign.CampaignView;
import nl.vptscan.campaign.RoundName;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A region's campaigns for its coordinator: each round's funnel per member, and a form to start a round. */
@Controller("/regios/{id}/campagnes")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class CampaignPageController {

    /** A campaign with its round's name and questionnaire title for the page. */
    record Round(String name, String questionnaire, CampaignView campaign) {
    }

    /** A bad form field: what is wrong in the page's language and the field's id on the form. */
    record Problem(String text, String field) {
    }

    private final AssessmentAccess access;
    private final CampaignService campaigns;
    private final AssessmentRows rows;
    private final Texts texts;

    CampaignPageController(AssessmentAccess access, CampaignService campaigns, AssessmentRows rows, Texts texts) {
        this.access = access;
        this.campaigns = campaigns;
        this.rows = rows;
        this.texts = texts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(long id, HttpRequest<?> request, Caller caller) {
        Region region = access.region(caller, id);
        return page(request, caller, region, Map.of(), List.of(), HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(long id, HttpRequest<?> request, @Body String body, Caller caller) {
        Region region = access.region(caller, id);
        FormBody form = FormBody.parse(body);
        // unreadable values go on to the service as values it refuses, so one answer names every bad field
        Integer round = null;
        LocalDate due = null;
        List<Long> members = new ArrayList<>();
        try {
            round = form.first("round") == null ? null : Integer.valueOf(form.first("round").trim());
        } catch (NumberFormatException e) {
            round = -1;
        }
        try {
            due = form.first("dueOn") == null ? null : LocalDate.parse(form.first("dueOn").trim());
        } catch (DateTimeParseException e) {
            // left empty: the service refuses it as a missing due date
        }
        for (String member : form.all("members")) {
            try {
                members.add(Long.valueOf(member));
            } catch (NumberFormatException e) {
                members.add(-1L);
            }
        }
        Map<String, Object> entered = Map.of("questionnaire", String.valueOf(form.first("questionnaire")),
                "round", form.first("round") == null ? "" : form.first("round"),
                "dueOn", form.first("dueOn") == null ? "" : form.first("dueOn"));
        try {
            campaigns.create(caller, id, new CampaignInput(form.first("questionnaire"), round, due, null, members));
        } catch (DomainException e) {
            if (e.errors().isEmpty()) {
                throw e;
            }
            String lang = Pages.lang(request);
            List<Problem> problems = e.errors().stream().map(f -> problem(f, lang)).distinct().toList();
            return page(request, caller, region, entered, problems, HttpStatus.BAD_REQUEST);
        }
        return Pages.seeOther("/regios/" + id + "/campagnes?gestart=1");
    }

    /** A member's refusal ({@code members[2]}) points at the list of members on the form. */
    private Problem problem(FieldError error, String lang) {
        return new Problem(texts.error(lang, error), error.field().startsWith("members") ? "members" : error.field());
    }

    private HttpResponse<?> page(HttpRequest<?> request, Caller caller, Region region, Map<String, Object> entered,
                                 List<Problem> problems, HttpStatus status) {
        String lang = Pages.lang(request);
        List<Round> rounds = campaigns.ofRegion(region.id()).stream()
                .map(c -> new Round(RoundName.of(c.round(), lang), rows.title(c.questionnaireId(), lang), c)).toList();
        return HttpResponse.status(status).body(Pages.view("campaign/campaigns", "region", region,
                "rounds", rounds, "questionnaires", rows.questionnaires(lang),
                "members", access.organisations(caller).stream().filter(o -> region.id().equals(o.regionId())).toList(),
                "entered", entered, "problems", problems,
                "started", request.getParameters().get("gestart") != null));
    }
}
