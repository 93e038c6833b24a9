package nl.vptscan.evidence;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.AssessmentAccess.Need;
import nl.vptscan.assessment.AssessmentService;
import nl.vptscan.assessment.AuditTrail;
import nl.vptscan.evidence.AttachmentRefused.Reason;
import nl.vptscan.problem.DomainException;
import nl.vptscan.questionnaire.QuestionnaireCatalog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents attached to answers as evidence. Whoever may read an assessment's answers may list and download its
 * attachments; whoever may change its answers may add and remove them while it is a draft. Every upload and removal
 * is in the audit trail; a refused file stores nothing.
 */
@Singleton
public class AttachmentService {

    /** An attachment with its content, for a download. */
    public record Download(Attachment attachment, byte[] content) {
    }

    private final AttachmentStore store;
    private final AssessmentAccess access;
    private final AssessmentService assessments;
    private final AuditTrail audit;
    private final QuestionnaireCatalog catalog;
    private final AttachmentSettings settings;
    private final Clock clock;

    AttachmentService(AttachmentStore store, AssessmentAccess access, AssessmentService assessments, AuditTrail audit,
                      QuestionnaireCatalog catalog, AttachmentSettings settings, Clock clock) {
        this.store = store;
        this.access = access;
        this.assessments = assessments;
        this.audit = audit;
        this.catalog = catalog;
        this.settings = settings;
        this.clock = clock;
    }

    /** The limits, for pages that state them. */
    public AttachmentSettings settings() {
        return settings;
    }

    /**
     * Attaches a file to the answer of a question of a draft: 400/413/415 naming why a file is refused, 409 once the
     * assessment is submitted.
     */
    @Transactional
    public Attachment upload(Caller caller, long assessmentId, String questionId, String fileName, byte[] content) {
        Assessment assessment = access.assessment(caller, assessmentId, Need.WRITE);
        if (content == null) {
            throw AttachmentRefused.file(Reason.MISSING, "choose a file to attach");
        }
        if (content.length > settings.maxFileBytes()) {
            throw AttachmentRefused.file(Reason.TOO_LARGE, "the file is larger than " + settings.maxFileMb() + " MB",
                    settings.maxFileMb(), settings.maxAssessmentMb());
        }
        boolean known = questionId != null && catalog.find(assessment.questionnaireId())
                .flatMap(q -> q.question(questionId)).isPresent();
        if (!known) {
            throw new AttachmentRefused(Reason.UNKNOWN_QUESTION, "questionId",
                    "no question '" + questionId + "' in questionnaire " + assessment.questionnaireId());
        }
        FileKind kind = ContentSniffer.sniff(content, fileName);
        assessments.lockDraft(assessmentId);
        if (store.totalSize(assessmentId) + content.length > settings.maxAssessmentBytes()) {
            throw AttachmentRefused.file(Reason.QUOTA, "the attachments of this assessment would take more than "
                    + settings.maxAssessmentMb() + " MB; remove one first", settings.maxFileMb(), settings.maxAssessmentMb());
        }
        Attachment stored = store.insert(new Attachment(0, assessmentId, questionId, FileNames.clean(fileName, kind),
                kind.contentType(), content.length, sha256(content), caller.username(), clock.instant()), content);
        audit.record(assessmentId, caller.username(), "ATTACHMENT", questionId, null, stored.describe());
        return stored;
    }

    /** The attachments of an assessment, oldest first, for a caller who may read its answers. */
    @Transactional(readOnly = true)
    public List<Attachment> list(Caller caller, long assessmentId) {
        access.assessment(caller, assessmentId, Need.DETAILS);
        return store.of(assessmentId);
    }

    /**
     * The attachments of an assessment per question id, oldest first; the caller has checked that whoever asks may
     * read the assessment's answers ({@link Need#DETAILS}).
     */
    @Transactional(readOnly = true)
    public Map<String, List<Attachment>> byQuestion(long assessmentId) {
        Map<String, List<Attachment>> grouped = new LinkedHashMap<>();
        for (Attachment attachment : store.of(assessmentId)) {
            grouped.computeIfAbsent(attachment.questionId(), q -> new java.util.ArrayList<>()).add(attachment);
        }
        grouped.replaceAll((q, list) -> List.copyOf(list));
        return grouped;
    }

    @Transactional(readOnly = true)
    public Download download(Caller caller, long assessmentId, long attachmentId) {
        access.assessment(caller, assessmentId, Need.DETAILS);
        Attachment attachment = find(assessmentId, attachmentId);
        return new Download(attachment, store.content(attachment));
    }

    /** Removes an attachment of a draft and returns it; 409 once the assessment is submitted. */
    @Transactional
    public Attachment remove(Caller caller, long assessmentId, long attachmentId) {
        access.assessment(caller, assessmentId, Need.WRITE);
        assessments.lockDraft(assessmentId);
        Attachment attachment = find(assessmentId, attachmentId);
        store.delete(attachmentId);
        audit.record(assessmentId, caller.username(), "ATTACHMENT", attachment.questionId(), attachment.describe(), null);
        return attachment;
    }

    private Attachment find(long assessmentId, long attachmentId) {
        return store.find(assessmentId, attachmentId).orElseThrow(() -> DomainException.notFound(
                "No attachment " + attachmentId + " in assessment " + assessmentId, "attachment.notFound", attachmentId));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
