package nl.vptscan.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.AssessmentAccess.Need;
import nl.vptscan.improvementplan.ActionStatus;
import nl.vptscan.improvementplan.ImprovementPlanService;
import nl.vptscan.problem.ApiException;
import nl.vptscan.problem.FieldError;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.workbook.UploadGuard;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The plan van aanpak: edit owner, due date and status per action; take back an edited workbook. */
@Controller("/beoordelingen/{id}/plan")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class PlanPageController {

    @Serdeable
    record ActionForm(@Nullable String owner, @Nullable String dueDate, @Nullable String status) {
    }

    /** A status option of the select list. */
    record StatusOption(String value, String label) {
    }

    private final AssessmentAccess access;
    private final ImprovementPlanService plans;
    private final QuestionnaireCatalog catalog;

    PlanPageController(AssessmentAccess access, ImprovementPlanService plans, QuestionnaireCatalog catalog) {
        this.access = access;
        this.plans = plans;
        this.catalog = catalog;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(long id, HttpRequest<?> request, Caller caller) {
        return page(id, request, caller, null, List.of(), List.of(), HttpStatus.OK);
    }

    @Post(value = "/acties/{actionId}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> edit(long id, long actionId, HttpRequest<?> request, @Body ActionForm form, Caller caller) {
        access.assessment(caller, id, Need.WRITE);
        Map<String, Object> patch = new HashMap<>();
        patch.put("owner", form.owner() == null || form.owner().isBlank() ? null : form.owner().strip());
        patch.put("dueDate", form.dueDate() == null ? "" : form.dueDate());
        patch.put("status", form.status() == null ? "" : form.status());
        try {
            plans.edit(id, actionId, patch, caller.username());
        } catch (ApiException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            return page(id, request, caller, actionId, e.errors(), List.of(), HttpStatus.BAD_REQUEST);
        }
        return Pages.seeOther("/beoordelingen/" + id + "/plan?bijgewerkt=" + actionId + "#actie-" + actionId);
    }

    @Post(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> upload(long id, HttpRequest<?> request, @Nullable @Part("file") CompletedFileUpload file, Caller caller) throws IOException {
        access.assessment(caller, id, Need.WRITE);
        try {
            if (file == null || file.getSize() == 0) {
                throw ApiException.badRequest("No workbook", List.of(new FieldError("file", "choose a workbook (.xlsx)")));
            }
            if (file.getSize() > UploadGuard.MAX_UPLOAD_BYTES) {
                throw ApiException.badRequest("Workbook refused", List.of(new FieldError("file", "larger than 5 MB")));
            }
            var summary = plans.importWorkbook(id, file.getBytes(), caller.username());
            var told = summary.outcomes().stream()
                    .filter(o -> o.outcome() == ImprovementPlanService.Outcome.REFUSED || !o.notes().isEmpty()).toList();
            if (!told.isEmpty()) {
                // refused rows and values read in another notation are told on the page itself, not in a redirect
                return page(id, request, caller, null, List.of(), List.of(), HttpStatus.OK, summary, told);
            }
            return Pages.seeOther("/beoordelingen/" + id + "/plan?rijen=" + summary.rows() + "&gewijzigd=" + summary.changed());
        } catch (ApiException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            List<FieldError> errors = e.errors().isEmpty() ? List.of(new FieldError("file", e.getMessage())) : e.errors();
            return page(id, request, caller, null, List.of(), errors, HttpStatus.BAD_REQUEST);
        }
    }

    private HttpResponse<?> page(long id, HttpRequest<?> request, Caller caller, Long failedAction,
                                 List<FieldError> actionErrors, List<FieldError> importErrors, HttpStatus status) {
        return page(id, request, caller, failedAction, actionErrors, importErrors, status, null, List.of());
    }

    private HttpResponse<?> page(long id, HttpRequest<?> request, Caller caller, Long failedAction,
                                 List<FieldError> actionErrors, List<FieldError> importErrors, HttpStatus status,
                                 ImprovementPlanService.ImportSummary summary,
                                 List<ImprovementPlanService.RowOutcome> told) {
        String lang = Pages.lang(request);
        Assessment assessment = access.assessment(caller, id, Need.RESULTS);
        var parameters = request.getParameters();
        return HttpResponse.status(status).body(Pages.view("plan/plan", "assessment", assessment,
                "organisation", access.organisation(caller, assessment.organisationId()),
                "questionnaire", catalog.find(assessment.questionnaireId()).map(q -> q.title().in(lang)).orElse(""),
                "actions", plans.plan(id), "today", LocalDate.now(AssessmentRows.NL),
                "statuses", Arrays.stream(ActionStatus.values()).map(s -> new StatusOption(s.name(), s.label(lang))).toList(),
                "write", access.may(caller, id, Need.WRITE), "details", access.may(caller, id, Need.DETAILS),
                "failedAction", failedAction == null ? -1L : failedAction, "actionErrors", actionErrors,
                "importErrors", importErrors, "updated", parameters.get("bijgewerkt"),
                "importedRows", summary == null ? parameters.get("rijen") : String.valueOf(summary.rows()),
                "importedChanged", summary == null ? parameters.get("gewijzigd") : String.valueOf(summary.changed()),
                "importedRefused", summary == null ? 0 : summary.refused(), "importOutcomes", told));
    }
}
