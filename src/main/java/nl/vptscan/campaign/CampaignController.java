package nl.vptscan.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.ProblemResponses;

import java.util.List;

/**
 * Campaigns: a region's coordinator (or an administrator) starts them and follows each member's status; a member's
 * employers see the requests still open for their organisation.
 */
@ProblemResponses
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class CampaignController {

    private final CampaignService campaigns;
    private final Monitor monitor;
    private final AssessmentAccess access;

    CampaignController(CampaignService campaigns, Monitor monitor, AssessmentAccess access) {
        this.campaigns = campaigns;
        this.monitor = monitor;
        this.access = access;
    }

    @Get("/regions/{id}/monitor")
    MonitorView monitor(long id, @Nullable @QueryValue String questionnaire, Caller caller) {
        access.region(caller, id);
        return monitor.of(id, questionnaire);
    }

    @Post("/regions/{id}/campaigns")
    HttpResponse<CampaignView> create(long id, @Body CampaignInput input, Caller caller) {
        access.region(caller, id);
        if (input == null) {
            throw DomainException.invalidField("required", "body", "body.required");
        }
        return HttpResponse.created(campaigns.create(caller, id, input));
    }

    @Get("/regions/{id}/campaigns")
    List<CampaignView> ofRegion(long id, Caller caller) {
        access.region(caller, id);
        return campaigns.ofRegion(id);
    }

    @Get("/campaigns/{id}")
    CampaignView get(long id, Caller caller) {
        access.region(caller, campaigns.regionOf(id));
        return campaigns.get(id);
    }

    @Get("/organisations/{id}/campaign-requests")
    List<CampaignRequest> requests(long id, Caller caller) {
        access.organisationSelfResults(caller, id);
        return campaigns.openRequests(id);
    }
}
