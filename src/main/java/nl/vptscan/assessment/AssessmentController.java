package nl.vptscan.assessment;

import nl.vptscan.problem.ProblemResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.AssessmentAccess.Need;
import nl.vptscan.scoring.fact.AssessmentContext;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Assessments of an organisation: answers, submit, results, history and audit trail. */
@ProblemResponses
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class AssessmentController {

    /**
     * Submits (scoring, then a few dozen rows written) run on a fixed pool of their own, twice the processors
     * ({@code micronaut.executors.submit}): more submits at once wait their turn, first come first served, instead
     * of each getting an ever thinner share of the processors, which made the slowest submits several times slower
     * than the typical one under load, for the same throughput.
     */
    static final String SUBMIT_POOL = "submit";

    private final AssessmentService service;
    private final AssessmentAccess access;
    private final PrefillService prefill;

    AssessmentController(AssessmentService service, AssessmentAccess access, PrefillService prefill) {
        this.service = service;
        this.access = access;
        this.prefill = prefill;
    }

    @Serdeable
    record NewAssessment(@NotBlank String questionnaireId, @Nullable AssessmentContext.Kind kind) {
    }

    @Serdeable
    record Answers(@NotNull Map<String, AnswerInput> answers) {
    }

    @Post("/organisations/{organisationId}/assessments")
    HttpResponse<Assessment> create(long organisationId, @Valid @Body NewAssessment body, Caller caller) {
        AssessmentContext.Kind kind = body.kind() == null ? AssessmentContext.Kind.SELF : body.kind();
        access.create(caller, organisationId, kind);
        Assessment assessment = service.create(organisationId, body.questionnaireId(), kind, caller.username());
        MutableHttpResponse<Assessment> created = HttpResponse.created(assessment,
                URI.create("/api/assessments/" + assessment.id()));
        // answers of the other instrument to take over: said with a link, taken over only when asked
        prefill.offer(assessment.id(), a -> access.may(caller, a.id(), Need.DETAILS)).ifPresent(offer ->
                created.header(HttpHeaders.LINK, "</api/assessments/" + assessment.id() + "/prefill>; rel=\"prefill\""));
        return created;
    }

    @Get("/organisations/{organisationId}/assessments")
    List<Assessment> ofOrganisation(long organisationId, Caller caller) {
        access.organisationResults(caller, organisationId);
        return service.ofOrganisation(organisationId).stream().filter(a -> access.listed(caller, a)).toList();
    }

    @Get("/organisations/{organisationId}/history")
    List<HistoryEntry> history(long organisationId, @Nullable @QueryValue String questionnaire, Caller caller) {
        access.organisationResults(caller, organisationId);
        return service.history(organisationId, questionnaire, a -> access.listed(caller, a));
    }

    @Get("/assessments/{id}")
    Assessment show(long id, Caller caller) {
        return access.assessment(caller, id, Need.RESULTS);
    }

    @Get("/assessments/{id}/answers")
    AnswerSheet answers(long id, Caller caller) {
        access.assessment(caller, id, Need.DETAILS);
        return service.answers(id);
    }

    @Put("/assessments/{id}/answers")
    AnswerSheet saveAnswers(long id, @Valid @Body Answers body, Caller caller) {
        access.assessment(caller, id, Need.WRITE);
        return service.saveAnswers(id, body.answers(), caller.username());
    }

    /**
     * The access check reads in a transaction of its own: joined to the submit's, its read would fix the snapshot
     * before the submit locks the assessment, and a submit that waited for the same submit on another instance
     * would not see the result that one stored.
     */
    @Post("/assessments/{id}/submit")
    @ExecuteOn(SUBMIT_POOL)
    StoredResult submit(long id, Caller caller) {
        access.assessment(caller, id, Need.WRITE);
        return service.submit(id, caller.username());
    }

    @Post("/assessments/{id}/rescore")
    HttpResponse<StoredResult> rescore(long id, Caller caller) {
        access.assessment(caller, id, Need.WRITE);
        StoredResult result = service.rescore(id, caller.username());
        return HttpResponse.created(result, URI.create("/api/assessments/" + id + "/results"));
    }

    @Get("/assessments/{id}/result")
    StoredResult result(long id, Caller caller) {
        access.assessment(caller, id, Need.RESULTS);
        return service.latestResult(id);
    }

    @Get("/assessments/{id}/results")
    List<StoredResult> results(long id, Caller caller) {
        access.assessment(caller, id, Need.RESULTS);
        return service.results(id);
    }

    @Get("/assessments/{id}/audit")
    List<AuditEvent> audit(long id, Caller caller) {
        access.assessment(caller, id, Need.DETAILS);
        return service.audit(id);
    }
}
