package nl.vptscan.assessment;

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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import java.net.URI;
import java.util.List;

/** Organisations and regions. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganisationController {

    private final OrganisationService service;

    OrganisationController(OrganisationService service) {
        this.service = service;
    }

    @Post("/organisations")
    HttpResponse<Organisation> create(@Valid @Body OrganisationInput input) {
        Organisation created = service.create(input);
        return HttpResponse.created(created, URI.create("/api/organisations/" + created.id()));
    }

    @Get("/organisations")
    List<Organisation> list() {
        return service.list();
    }

    @Get("/organisations/{id}")
    Organisation show(long id) {
        return service.get(id);
    }

    @Put("/organisations/{id}")
    Organisation update(long id, @Valid @Body OrganisationInput input) {
        return service.update(id, input);
    }

    @Delete("/organisations/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(long id) {
        service.delete(id);
    }

    @Serdeable
    record RegionInput(@NotBlank String name) {
    }

    @Post("/regions")
    HttpResponse<Region> createRegion(@Valid @Body RegionInput input) {
        Region region = service.createRegion(input.name());
        return HttpResponse.created(region, URI.create("/api/regions/" + region.id()));
    }

    @Get("/regions")
    List<Region> regions() {
        return service.regions();
    }

    @Get("/regions/{id}")
    Region region(long id) {
        return service.region(id);
    }

    @Get("/regions/{id}/members")
    List<Organisation> members(long id) {
        return service.members(id);
    }
}
