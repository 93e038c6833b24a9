package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.AssessmentAccess.Need;
import nl.vptscan.assessment.AssessmentService;
import nl.vptscan.evidence.Attachment;
import nl.vptscan.evidence.AttachmentRefused;
import nl.vptscan.evidence.AttachmentService;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds the evidence documents to the pages that show an assessment's answers (a topic of the questionnaire, the
 * result), for callers who may read the answers: per question the attachments, on the topic page also what the last
 * upload or removal did, and, while the assessment is a draft, which answers and documents are older than
 * {@value #STALE_MONTHS} months (stale evidence to check before submitting). Kept apart from those pages'
 * controllers, which need not know about attachments.
 */
@Singleton
final class AttachmentModelProcessor implements ViewModelProcessor<Map<String, Object>> {

    /** An attachment as a page lists it. */
    record AttachmentRow(long id, String fileName, String size, String uploadedBy, LocalDate uploadedAt, String href,
                         boolean stale) {
    }

    /** A question with the documents attached to its answer, for the result page. */
    record QuestionAttachments(String topic, String question, List<AttachmentRow> attachments) {
    }

    private static final Set<String> VIEWS = Set.of("questionnaire/topic", "result/result");
    static final int STALE_MONTHS = nl.vptscan.assessment.StoredAnswer.STALE_MONTHS;

    private final AttachmentService attachments;
    private final AssessmentAccess access;
    private final QuestionnaireCatalog catalog;
    private final AssessmentService assessments;
    private final Texts texts;
    private final Clock clock;

    AttachmentModelProcessor(AttachmentService attachments, AssessmentAccess access, QuestionnaireCatalog catalog,
                             AssessmentService assessments, Texts texts, Clock clock) {
        this.attachments = attachments;
        this.access = access;
        this.catalog = catalog;
        this.assessments = assessments;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        if (modelAndView.getView().filter(VIEWS::contains).isEmpty()) {
            return;
        }
        modelAndView.getModel().ifPresent(model -> {
            Caller caller = request.getUserPrincipal(Authentication.class).map(Caller::of).orElse(null);
            if (!(model.get("assessment") instanceof Assessment assessment) || caller == null
                    || !access.may(caller, assessment.id(), Need.DETAILS)) {
                return;
            }
            Questionnaire questionnaire = catalog.find(assessment.questionnaireId()).orElse(null);
            if (questionnaire == null) {
                return;
            }
            String lang = Pages.lang(request);
            boolean draft = assessment.status() == Assessment.Status.DRAFT;
            Instant staleBefore = ZonedDateTime.now(clock.withZone(AssessmentRows.NL)).minusMonths(STALE_MONTHS).toInstant();
            Map<String, List<Attachment>> stored = attachments.byQuestion(assessment.id());
            Map<String, List<AttachmentRow>> rows = new HashMap<>();
            List<QuestionAttachments> listed = new ArrayList<>();
            for (Question question : questionnaire.questions()) {
                List<AttachmentRow> own = stored.getOrDefault(question.id(), List.of()).stream()
                        .map(a -> row(a, lang, draft && a.uploadedAt().isBefore(staleBefore))).toList();
                rows.put(question.id(), own);
                if (!own.isEmpty()) {
                    listed.add(new QuestionAttachments(questionnaire.topic(question.topic()).map(t -> t.title().in(lang))
                            .orElse(question.topic()), question.text().in(lang), own));
                }
            }
            model.put("attachments", rows);
            model.put("staleAnswers", draft && "questionnaire/topic".equals(modelAndView.getView().orElse(""))
                    ? staleAnswers(assessment.id(), staleBefore) : Set.of());
            model.put("attachmentsByQuestion", listed);
            model.put("attachmentMaxMb", attachments.settings().maxFileMb());
            model.put("attachmentQuestion", request.getParameters().get("vraag"));
            model.put("attachmentAdded", "toegevoegd".equals(request.getParameters().get("bijlage")));
            model.put("attachmentRemoved", "verwijderd".equals(request.getParameters().get("bijlage")));
            model.put("attachmentError", error(request.getParameters().get("bijlagefout"), lang));
        });
    }

    /** The questions whose answer was given before the moment given (for one taken over: in the other instrument). */
    private Set<String> staleAnswers(long assessmentId, Instant before) {
        Set<String> stale = new HashSet<>();
        assessments.answers(assessmentId).answers().forEach((question, answer) -> {
            if (answer.answeredAt().isBefore(before)) {
                stale.add(question);
            }
        });
        return stale;
    }

    private AttachmentRow row(Attachment a, String lang, boolean stale) {
        String size = a.size() < 1024 * 1024
                ? texts.get(lang, "attachment.kilobytes", Math.max(1, Math.round(a.size() / 1024.0)))
                : texts.get(lang, "attachment.megabytes", String.format(java.util.Locale.ROOT, "%.1f",
                a.size() / (1024.0 * 1024)).replace('.', "en".equals(lang) ? '.' : ','));
        return new AttachmentRow(a.id(), a.fileName(), size, a.uploadedBy(),
                LocalDate.ofInstant(a.uploadedAt(), AssessmentRows.NL),
                "/beoordelingen/" + a.assessmentId() + "/bijlagen/" + a.id(), stale);
    }

    /** The text of a refusal named in the query; nothing for anything else. */
    private String error(String reason, String lang) {
        if (reason == null) {
            return null;
        }
        for (AttachmentRefused.Reason r : AttachmentRefused.Reason.values()) {
            if (r.name().equals(reason)) {
                return texts.get(lang, r.messageKey(), attachments.settings().maxFileMb(),
                        attachments.settings().maxAssessmentMb());
            }
        }
        return null;
    }
}
