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
import nl.vptscan.assessment.AssessmentService;
import nl.vptscan.assessment.Organisation;
import nl.vptscan.assessment.OrganisationService;

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

    private final AssessmentAccess access;
    private final AssessmentService assessments;
    private final OrganisationService organisations;
    private final AssessmentRows rows;

    DashboardPageController(AssessmentAccess access, AssessmentService assessments, OrganisationService organisations,
                            AssessmentRows rows) {
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
        switch (caller.role()) {
            case EMPLOYER -> {
                Organisation own = access.organisation(caller, caller.organisationId());
                model.put("organisation", own);
                model.put("assessments", rows.of(caller, own.id(), lang));
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
            }
            case REGION_COORDINATOR -> {
                model.put("region", access.region(caller, caller.regionId()));
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
}
