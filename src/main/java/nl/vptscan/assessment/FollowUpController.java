package nl.vptscan.assessment;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.vptscan.access.Caller;
import nl.vptscan.access.Role;
import nl.vptscan.assessment.AssessmentAccess.Need;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.ProblemResponses;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Deadlines of eisen and waarschuwingen, and re-inspections (hercontroles) that check them. */
@ProblemResponses
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class FollowUpController {

    private final FollowUpService followUps;
    private final VerdictDeadlines deadlines;
    private final AssessmentAccess access;
    private final Clock clock;

    FollowUpController(FollowUpService followUps, VerdictDeadlines deadlines, AssessmentAccess access, Clock clock) {
        this.followUps = followUps;
        this.deadlines = deadlines;
        this.access = access;
        this.clock = clock;
    }

    /** Starts the re-inspection of a submitted audit; by the inspector who made it (or an administrator). */
    @Post("/assessments/{id}/follow-up")
    HttpResponse<Assessment> start(long id, Caller caller) {
        access.assessment(caller, id, Need.WRITE);
        Assessment followUp = followUps.start(id, caller.username());
        return HttpResponse.created(followUp, URI.create("/api/assessments/" + followUp.id() + "/reinspection"));
    }

    /** The re-inspection beside the audit it follows up: per earlier demand met or not, repeats with their fine. */
    @Get("/assessments/{id}/reinspection")
    Reinspection reinspection(long id, Caller caller) {
        access.assessment(caller, id, Need.RESULTS);
        return followUps.review(id);
    }

    /** The organisation's open eisen and waarschuwingen; an inspector sees those of their own audits. */
    @Get("/organisations/{id}/demands")
    List<OpenDemand> demands(long id, Caller caller) {
        if (caller.is(Role.REGION_COORDINATOR)) {
            throw DomainException.forbidden("Inspectors' demands are for the inspector and the organisation",
                    "demands.notForCoordinators");
        }
        access.organisation(caller, id);
        return deadlines.openOf(id).stream()
                .filter(d -> !caller.is(Role.INSPECTOR) || caller.username().equals(d.inspector())).toList();
    }

    /** The inspector's open demands whose deadline has passed: each awaits a re-inspection. */
    @Get("/demands/awaiting-follow-up")
    List<OpenDemand> awaitingFollowUp(Caller caller) {
        if (!caller.is(Role.INSPECTOR)) {
            throw DomainException.forbidden("Only inspectors have demands awaiting a re-inspection", "demands.inspectorsOnly");
        }
        return deadlines.awaitingFollowUp(caller.username(), LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))));
    }
}
