package nl.vptscan.improvementplan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import nl.vptscan.access.Actor;
import nl.vptscan.problem.ApiException;
import nl.vptscan.problem.FieldError;
import nl.vptscan.questionnaire.Languages;
import nl.vptscan.workbook.UploadGuard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The plan van aanpak of an assessment: as JSON, one action at a time, or as an Excel workbook both ways. */
@Controller("/api/assessments/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
class PlanController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImprovementPlanService service;

    PlanController(ImprovementPlanService service) {
        this.service = service;
    }

    @Get("/plan")
    List<ImprovementAction> plan(long id) {
        return service.plan(id);
    }

    @Patch(value = "/plan/actions/{actionId}", consumes = {MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    ImprovementAction edit(long id, long actionId, @Body Map<String, Object> patch, Actor actor) {
        return service.edit(id, actionId, patch, actor.name());
    }

    @Get(value = "/plan.xlsx", produces = XLSX)
    HttpResponse<byte[]> download(long id, @Nullable @QueryValue String lang) throws IOException {
        String language = Languages.of(lang);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.writeWorkbook(id, language, out);
        String name = ("en".equals(language) ? "action-plan-" : "plan-van-aanpak-") + id + ".xlsx";
        return HttpResponse.ok(out.toByteArray()).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    @Post(value = "/plan.xlsx", consumes = {XLSX, MediaType.APPLICATION_OCTET_STREAM})
    ImprovementPlanService.ImportSummary upload(long id, @Body byte[] workbook, Actor actor) {
        return service.importWorkbook(id, workbook, actor.name());
    }

    @Post(value = "/plan.xlsx", consumes = MediaType.MULTIPART_FORM_DATA)
    ImprovementPlanService.ImportSummary uploadForm(long id, @Part("file") CompletedFileUpload file, Actor actor)
            throws IOException {
        if (file.getSize() > UploadGuard.MAX_UPLOAD_BYTES) {
            throw ApiException.badRequest("Workbook refused", List.of(new FieldError("file", "larger than 5 MB")));
        }
        return service.importWorkbook(id, file.getBytes(), actor.name());
    }
}
