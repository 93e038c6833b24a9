package nl.vptscan.improvementplan;

import nl.vptscan.problem.ProblemResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.AssessmentAccess.Need;
import nl.vptscan.problem.DomainException;
import nl.vptscan.questionnaire.Languages;
import nl.vptscan.workbook.UploadGuard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The plan van aanpak of an assessment: as JSON, one action at a time, or as an Excel workbook both ways. */
@ProblemResponses
@Controller("/api/assessments/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class PlanController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImprovementPlanService service;
    private final AssessmentAccess access;

    PlanController(ImprovementPlanService service, AssessmentAccess access) {
        this.service = service;
        this.access = access;
    }

    @Get("/plan")
    List<ImprovementAction> plan(long id, Caller caller) {
        access.assessment(caller, id, Need.RESULTS);
        return service.plan(id);
    }

    /** Who adopted the plan and when, and whether the works council was consulted; 404 while it is not adopted. */
    @Get("/plan/adoption")
    PlanAdoption adoption(long id, Caller caller) {
        access.assessment(caller, id, Need.RESULTS);
        return service.adoption(id).orElseThrow(() -> nl.vptscan.problem.DomainException.notFound(
                "The plan of assessment " + id + " has not been adopted yet", "plan.adoption.none", id));
    }

    @Put(value = "/plan/adoption", consumes = MediaType.APPLICATION_JSON)
    PlanAdoption adopt(long id, @Body Map<String, Object> adoption, Caller caller) {
        access.assessment(caller, id, Need.WRITE);
        return service.adopt(id, adoption, caller.username());
    }

    @Patch(value = "/plan/actions/{actionId}", consumes = {MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    ImprovementAction edit(long id, long actionId, @Body Map<String, Object> patch, Caller caller) {
        access.assessment(caller, id, Need.WRITE);
        return service.edit(id, actionId, patch, caller.username());
    }

    @Get(value = "/plan.xlsx", produces = XLSX)
    HttpResponse<byte[]> download(long id, @Nullable @QueryValue String lang, Caller caller) throws IOException {
        access.assessment(caller, id, Need.DETAILS);
        String language = Languages.of(lang);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.writeWorkbook(id, language, out);
        String name = ("en".equals(language) ? "action-plan-" : "plan-van-aanpak-") + id + ".xlsx";
        return HttpResponse.ok(out.toByteArray()).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    @Post(value = "/plan.xlsx", consumes = {XLSX, MediaType.APPLICATION_OCTET_STREAM})
    ImprovementPlanService.ImportSummary upload(long id, @Body byte[] workbook, Caller caller) {
        access.assessment(caller, id, Need.WRITE);
        return service.importWorkbook(id, workbook, caller.username());
    }

    @Post(value = "/plan.xlsx", consumes = MediaType.MULTIPART_FORM_DATA)
    ImprovementPlanService.ImportSummary uploadForm(long id, @Part("file") CompletedFileUpload file, Caller caller)
            throws IOException {
        access.assessment(caller, id, Need.WRITE);
        if (file.getSize() > UploadGuard.MAX_UPLOAD_BYTES) {
            throw DomainException.invalidField("larger than 5 MB", "file", "file.tooLarge",
                    UploadGuard.MAX_UPLOAD_MB);
        }
        return service.importWorkbook(id, file.getBytes(), caller.username());
    }
}
