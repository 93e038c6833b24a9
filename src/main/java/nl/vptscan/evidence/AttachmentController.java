package nl.vptscan.evidence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.vptscan.access.Caller;
import nl.vptscan.problem.ProblemResponses;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/** Evidence documents attached to the answers of an assessment: list, upload (multipart), download, remove. */
@ProblemResponses
@Controller("/api/assessments/{id}/attachments")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class AttachmentController {

    private final AttachmentService service;

    AttachmentController(AttachmentService service) {
        this.service = service;
    }

    @Get
    List<Attachment> list(long id, Caller caller) {
        return service.list(caller, id);
    }

    /** Parts: {@code questionId} (the question the file is evidence for) and {@code file}. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<Attachment> upload(long id, @Nullable @Part("questionId") String questionId,
                                    @Nullable @Part("file") CompletedFileUpload file, Caller caller) throws IOException {
        Attachment attachment = service.upload(caller, id, questionId, file == null ? null : file.getFilename(),
                file == null ? null : file.getBytes());
        return HttpResponse.created(attachment, URI.create("/api/assessments/" + id + "/attachments/" + attachment.id()));
    }

    @Get(value = "/{attachmentId}", produces = MediaType.ALL)
    HttpResponse<byte[]> download(long id, long attachmentId, Caller caller) {
        return Downloads.of(service.download(caller, id, attachmentId));
    }

    @Delete("/{attachmentId}")
    HttpResponse<Void> remove(long id, long attachmentId, Caller caller) {
        service.remove(caller, id, attachmentId);
        return HttpResponse.noContent();
    }
}
