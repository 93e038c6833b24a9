package nl.vptscan.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.AssessmentAccess.Need;
import nl.vptscan.evidence.Attachment;
import nl.vptscan.evidence.AttachmentRefused;
import nl.vptscan.evidence.AttachmentService;
import nl.vptscan.evidence.Downloads;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.QuestionnaireCatalog;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Evidence documents on the questionnaire pages: attach a file to a question, remove it, download it. After an upload
 * or removal the topic page opens again at the question, saying what happened or why the file was refused.
 */
@Controller("/beoordelingen/{id}/bijlagen")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class AttachmentPageController {

    private final AssessmentAccess access;
    private final AttachmentService attachments;
    private final QuestionnaireCatalog catalog;

    AttachmentPageController(AssessmentAccess access, AttachmentService attachments, QuestionnaireCatalog catalog) {
        this.access = access;
        this.attachments = attachments;
        this.catalog = catalog;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> upload(long id, @Nullable @Part("questionId") String questionId,
                           @Nullable @Part("file") CompletedFileUpload file, Caller caller) throws IOException {
        Assessment assessment = access.assessment(caller, id, Need.WRITE);
        boolean chosen = file != null && (file.getSize() > 0 || !file.getFilename().isBlank());
        try {
            attachments.upload(caller, id, questionId, chosen ? file.getFilename() : null, chosen ? file.getBytes() : null);
        } catch (AttachmentRefused refused) {
            return Pages.seeOther(back(assessment, questionId, "bijlagefout=" + refused.reason().name()));
        }
        return Pages.seeOther(back(assessment, questionId, "bijlage=toegevoegd"));
    }

    @Post(value = "/{attachmentId}/verwijderen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> remove(long id, long attachmentId, Caller caller) {
        Assessment assessment = access.assessment(caller, id, Need.WRITE);
        Attachment removed = attachments.remove(caller, id, attachmentId);
        return Pages.seeOther(back(assessment, removed.questionId(), "bijlage=verwijderd"));
    }

    @Get(value = "/{attachmentId}", produces = MediaType.ALL)
    HttpResponse<byte[]> download(long id, long attachmentId, Caller caller) {
        return Downloads.of(attachments.download(caller, id, attachmentId));
    }

    /** The topic page of the question, at the question, with what to say there. */
    private String back(Assessment assessment, String questionId, String outcome) {
        String base = QuestionnairePageController.base(assessment.id());
        Question question = questionId == null ? null : catalog.find(assessment.questionnaireId())
                .flatMap(q -> q.question(questionId)).orElse(null);
        if (question == null) {
            return base + "?" + outcome;
        }
        return base + "/onderwerp/" + question.topic() + "?" + outcome + "&vraag="
                + URLEncoder.encode(question.id(), StandardCharsets.UTF_8) + "#q-" + question.id().replace('.', '-');
    }
}
