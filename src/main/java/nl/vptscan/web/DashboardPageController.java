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
import nl.vptscan.campaign.CampaignRequest;
import nl.vptscan.campaign.CampaignService;
import nl.vptscan.campaign.CampaignView;
import nl.vptscan.campaign.RoundName;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.AssessmentService;
import nl.vptscan.assessment.Organisation;
import nl.vptscan.assessment.OrganisationService;
import nl.vptscan.assessment.OpenDemand;
import nl.vptscan.assessment.VerdictDeadlines;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.reminder.Reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The start page: what each user group works on. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class DashboardPageController {

    /** An audit of the inspector's with the organisation it is about. */
    record Audit(Organisation organisation, AssessmentRows.Row row) {
    }

    /** A campaign's request to the employer's organisation, with the round's name and the questionnaire's title. */
    record Request(CampaignRequest request, String round, String questionnaire) {
    }

    /** A campaign of the coordinator's region that not every member has answered yet. */
    record OpenRound(CampaignView campaign, String round, String questionnaire) {
    }

    /** An open eis or waarschuwing with its verdict and topic in the page's language, and where to read it. */
    record Demand(OpenDemand demand, String verdict, String topic, boolean overdue, String link) {
    }

    private final AssessmentAccess access;
    private final AssessmentService assessments;
    private final OrganisationService organisations;
    private final AssessmentRows rows;
    private final CampaignService campaigns;
    private final VerdictDeadlines deadlines;
    private final QuestionnaireCatalog catalog;
    private final Clock clock;
    private final Reminders reminders;

    DashboardPageController(AssessmentAccess access, AssessmentService assessments, OrganisationService organisations,
                            AssessmentRows rows, CampaignService campaigns, VerdictDeadlines deadlines,
                            QuestionnaireCatalog catalog, Clock clock, Reminders reminders) {
        this.campaigns = campaigns;
        this.deadlines = deadlines;
        this.catalog = catalog;
        this.clock = clock;
        this.reminders = reminders;
        this.access = access;
        this.assessments = assessments;
        this.organisations = organisations;
        this.rows = rows;
    }

    @Get(value = "/", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> dashboard(HttpRequest<?> request, Caller caller) {
        String lang = Pages.lang(request);
        ModelAndView<Map<String, Object>> page = Pages.view("dashboard/dashboard", "role", caller.role().name(),
                "questionnaires", rows.questionnaires(lang));
        Map<String, Object> model = page.getModel().orElseThrow();
        model.put("reminders", reminders.of(caller, lang));
        switch (caller.role()) {
            case EMPLOYER -> {
                Organisation own = access.organisation(caller, caller.organisationId());
                model.put("organisation", own);
                List<AssessmentRows.Row> ownRows = rows.of(caller, own.id(), lang);
                model.put("assessments", ownRows);
                model.put("drafts", ownRows.stream().filter(r -> "DRAFT".equals(r.status())).toList());
                model.put("requests", campaigns.openRequests(own.id()).stream()
                        .map(r -> new Request(r, RoundName.of(r.round(), lang), rows.title(r.questionnaireId(), lang)))
                        .toList());
                model.put("demands", deadlines.openOf(own.id()).stream()
                        .map(d -> demand(d, lang, "/beoordelingen/" + d.auditId() + "/oordelen")).toList());
            }
            case INSPECTOR -> {
                List<Organisation> all = access.organisations(caller);
                Map<Long, Organisation> byId = new HashMap<>();
                all.forEach(o -> byId.put(o.id(), o));
                List<Audit> audits = new ArrayList<>();
                for (Assessment a : assessments.auditsBy(caller.username())) {
                    audits.add(new Audit(byId.get(a.organisationId()), rows.row(a, lang)));
                }
                model.put("organisations", all);
                model.put("audits", audits);
                model.put("auditDrafts", audits.stream().filter(a -> "DRAFT".equals(a.row().status())).toList());
                model.put("awaiting", deadlines.awaitingFollowUp(caller.username(), today()).stream()
                        .map(d -> demand(d, lang, d.followUpId() == null ? "/beoordelingen/" + d.auditId() + "/oordelen"
                                : "/beoordelingen/" + d.followUpId() + "/hercontrole")).toList());
            }
            case REGION_COORDINATOR -> {
                model.put("region", access.region(caller, caller.regionId()));
                model.put("rounds", campaigns.ofRegion(caller.regionId()).stream()
                        .filter(c -> c.submitted() < c.invited())
                        .map(c -> new OpenRound(c, RoundName.of(c.round(), lang), rows.title(c.questionnaireId(), lang)))
                        .toList());
                model.put("organisations", access.organisations(caller));
            }
            case ADMIN -> {
                model.put("organisations", access.organisations(caller));
                model.put("regions", organisations.regions());
                model.put("deleted", request.getParameters().contains("verwijderd"));
            }
        }
        return page;
    }

    private Demand demand(OpenDemand d, String lang, String link) {
        String topic = catalog.find(d.questionnaireId()).flatMap(q -> q.topic(d.topic()))
                .map(t -> t.title().in(lang)).orElse(d.topic());
        return new Demand(d, d.verdict().label(lang), topic, d.overdueOn(today()), link);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
    }
}
