package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import nl.vptscan.access.Actor;
import nl.vptscan.scoring.fact.AssessmentContext;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Assessments of an organisation: answers, submit, results, history and audit trail. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class AssessmentController {

    private final AssessmentService service;

    AssessmentController(AssessmentService service) {
        this.service = service;
    }

    @Serdeable
    record NewAssessment(@NotBlank String questionnaireId, @Nullable AssessmentContext.Kind kind) {
    }

    @Serdeable
    record Answers(@NotNull Map<String, AnswerInput> answers) {
    }

    @Post("/organisations/{organisationId}/assessments")
    HttpResponse<Assessment> create(long organisationId, @Valid @Body NewAssessment body, Actor actor) {
        Assessment assessment = service.create(organisationId, body.questionnaireId(),
                body.kind() == null ? AssessmentContext.Kind.SELF : body.kind(), actor.name());
        return HttpResponse.created(assessment, URI.create("/api/assessments/" + assessment.id()));
    }

    @Get("/organisations/{organisationId}/assessments")
    List<Assessment> ofOrganisation(long organisationId) {
        return service.ofOrganisation(organisationId);
    }

    @Get("/organisations/{organisationId}/history")
    List<HistoryEntry> history(long organisationId, @Nullable @QueryValue String questionnaire) {
        return service.history(organisationId, questionnaire);
    }

    @Get("/assessments/{id}")
    Assessment show(long id) {
        return service.get(id);
    }

    @Get("/assessments/{id}/answers")
    AnswerSheet answers(long id) {
        return service.answers(id);
    }

    @Put("/assessments/{id}/answers")
    AnswerSheet saveAnswers(long id, @Valid @Body Answers body, Actor actor) {
        return service.saveAnswers(id, body.answers(), actor.name());
    }

    @Post("/assessments/{id}/submit")
    StoredResult submit(long id, Actor actor) {
        return service.submit(id, actor.name());
    }

    @Post("/assessments/{id}/rescore")
    HttpResponse<StoredResult> rescore(long id, Actor actor) {
        StoredResult result = service.rescore(id, actor.name());
        return HttpResponse.created(result, URI.create("/api/assessments/" + id + "/results"));
    }

    @Get("/assessments/{id}/result")
    StoredResult result(long id) {
        return service.latestResult(id);
    }

    @Get("/assessments/{id}/results")
    List<StoredResult> results(long id) {
        return service.results(id);
    }

    @Get("/assessments/{id}/audit")
    List<AuditEvent> audit(long id) {
        return service.audit(id);
    }
}
