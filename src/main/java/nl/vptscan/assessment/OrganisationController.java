package nl.vptscan.assessment;

import nl.vptscan.problem.ProblemResponses;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import nl.vptscan.access.Caller;
import nl.vptscan.access.Role;
import jakarta.validation.constraints.NotBlank;

import java.net.URI;
import java.util.List;

/** Organisations and regions. */
@ProblemResponses
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class OrganisationController {

    private final OrganisationService service;
    private final AssessmentAccess access;

    OrganisationController(OrganisationService service, AssessmentAccess access) {
        this.service = service;
        this.access = access;
    }

    @Post("/organisations")
    @Secured("ADMIN")
    HttpResponse<Organisation> create(@Valid @Body OrganisationInput input) {
        Organisation created = service.create(input);
        return HttpResponse.created(created, URI.create("/api/organisations/" + created.id()));
    }

    @Get("/organisations")
    List<Organisation> list(Caller caller) {
        return access.organisations(caller);
    }

    @Get("/organisations/{id}")
    Organisation show(long id, Caller caller) {
        return access.organisation(caller, id);
    }

    @Put("/organisations/{id}")
    @Secured("ADMIN")
    Organisation update(long id, @Valid @Body OrganisationInput input) {
        return service.update(id, input);
    }

    @Delete("/organisations/{id}")
    @Secured("ADMIN")
    @Status(HttpStatus.NO_CONTENT)
    void delete(long id) {
        service.delete(id);
    }

    @Serdeable
    record RegionInput(@NotBlank String name) {
    }

    @Post("/regions")
    @Secured("ADMIN")
    HttpResponse<Region> createRegion(@Valid @Body RegionInput input) {
        Region region = service.createRegion(input.name());
        return HttpResponse.created(region, URI.create("/api/regions/" + region.id()));
    }

    @Get("/regions")
    @Secured({"ADMIN", "REGION_COORDINATOR"})
    List<Region> regions(Caller caller) {
        if (caller.is(Role.ADMIN)) {
            return service.regions();
        }
        return List.of(access.region(caller, caller.regionId()));
    }

    @Get("/regions/{id}")
    Region region(long id, Caller caller) {
        return access.region(caller, id);
    }

    @Get("/regions/{id}/members")
    List<Organisation> members(long id, Caller caller) {
        access.region(caller, id);
        return service.members(id);
    }
}
