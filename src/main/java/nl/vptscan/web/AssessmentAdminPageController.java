package nl.vptscan.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentService;
import nl.vptscan.assessment.AuditEvent;
import nl.vptscan.assessment.OrganisationService;
import nl.vptscan.assessment.StoredResult;
import nl.vptscan.problem.DomainException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** An administrator's view of one assessment: its audit trail, newest first, and scoring it again. */
@Controller("/beoordelingen/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class AssessmentAdminPageController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    /** One audit event as the page shows it. */
    record Event(String when, String actor, String kind, String subject, String oldValue, String newValue) {

        static Event of(AuditEvent e) {
            return new Event(WHEN.format(e.occurredAt()), e.actor(), e.kind(), e.subject(), e.oldValue(), e.newValue());
        }
    }

    /** One stored result: when, why and with which ruleset, and its overall score. */
    record Scored(String when, String reason, String ruleset, double overall) {
    }

    private final AssessmentService assessments;
    private final OrganisationService organisations;

    AssessmentAdminPageController(AssessmentService assessments, OrganisationService organisations) {
        this.assessments = assessments;
        this.organisations = organisations;
    }

    @Get(value = "/beheer", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(long id, @Nullable @QueryValue String pagina,
                                           @Nullable @QueryValue String herberekend, Caller caller) {
        AdminForms.requireAdmin(caller);
        return page(id, pagina, herberekend != null, false);
    }

    @Post(value = "/herberekenen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> rescore(long id, Caller caller) {
        AdminForms.requireAdmin(caller);
        try {
            assessments.rescore(id, caller.username());
            return Pages.seeOther("/beoordelingen/" + id + "/beheer?herberekend=1");
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(id, null, false, true));
        }
    }

    private ModelAndView<Map<String, Object>> page(long id, String page, boolean rescored, boolean draft) {
        Assessment assessment = assessments.get(id);
        List<AuditEvent> events = assessments.audit(id);
        List<Event> newestFirst = new ArrayList<>(events.stream().map(Event::of).toList());
        Collections.reverse(newestFirst);
        List<Scored> results = assessment.status() == Assessment.Status.SUBMITTED ? assessments.results(id).stream()
                .map(AssessmentAdminPageController::scored).toList() : List.of();
        return Pages.view("admin/assessment", "assessment", assessment,
                "organisation", organisations.get(assessment.organisationId()),
                "events", AdminForms.Paged.of(newestFirst, page), "results", results, "rescored", rescored,
                "draft", draft);
    }

    private static Scored scored(StoredResult r) {
        return new Scored(WHEN.format(r.scoredAt()), r.reason().name(), r.result().rulesetVersion(), r.result().overall());
    }
}
