package nl.vptscan.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import nl.vptscan.access.Caller;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.ProblemResponses;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * Figures from an incident registration for an assessment: import an export (multipart: {@code file}, optional
 * {@code source}), read the latest or one import with its proposed answers, accept the proposals.
 */
@ProblemResponses
@Controller("/api/assessments/{id}/registration-imports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class RegistrationController {

    /** Which proposals to accept; without questions, every proposal that replaces no other answer. */
    @Serdeable
    record Acceptance(@Nullable List<String> questions) {
    }

    private final RegistrationService service;

    RegistrationController(RegistrationService service) {
        this.service = service;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<RegistrationImport> upload(long id, @Nullable @Part("source") String source,
                                            @Nullable @Part("file") CompletedFileUpload file, Caller caller) throws IOException {
        RegistrationImport imported = service.importExport(caller, id, source, file == null ? null : file.getFilename(),
                file == null ? null : file.getBytes());
        return HttpResponse.created(imported, URI.create("/api/assessments/" + id + "/registration-imports/" + imported.id()));
    }

    @Get("/latest")
    RegistrationImport latest(long id, Caller caller) {
        return service.latest(caller, id).orElseThrow(() -> DomainException.notFound("Assessment " + id
                + " has no registration import", "registration.none", id));
    }

    @Get("/{importId}")
    RegistrationImport get(long id, long importId, Caller caller) {
        return service.get(caller, id, importId);
    }

    @Post("/{importId}/accept")
    RegistrationImport accept(long id, long importId, @Nullable @Body Acceptance acceptance, Caller caller) {
        return service.accept(caller, id, importId, acceptance == null ? null : acceptance.questions());
    }
}
