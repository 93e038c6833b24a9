package nl.vptscan.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.AnswerInput;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentAccess;
import nl.vptscan.assessment.AssessmentAccess.Need;
import nl.vptscan.assessment.AssessmentService;
import nl.vptscan.assessment.AuditTrail;
import nl.vptscan.assessment.StoredAnswer;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import nl.vptscan.questionnaire.AnswerValue;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.registration.RegistrationRefused.Reason;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports an incident registration export for a draft assessment and proposes its figures as answers. Whoever may
 * change the answers imports and accepts; whoever may read them sees the imports. An import stores only aggregates;
 * accepting sets the proposed answers with their evidence note through the assessment's own save (so each is
 * checked and audited), and never replaces another answer unless that question is named.
 */
@Singleton
public class RegistrationService {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final RegistrationCatalog catalog;
    private final RegistrationSettings settings;
    private final ImportStore store;
    private final ImportRepository imports;
    private final AssessmentAccess access;
    private final AssessmentService assessments;
    private final QuestionnaireCatalog questionnaires;
    private final AuditTrail audit;
    private final Clock clock;

    RegistrationService(RegistrationCatalog catalog, RegistrationSettings settings, ImportStore store,
                        ImportRepository imports, AssessmentAccess access, AssessmentService assessments,
                        QuestionnaireCatalog questionnaires, AuditTrail audit, Clock clock) {
        this.catalog = catalog;
        this.settings = settings;
        this.store = store;
        this.imports = imports;
        this.access = access;
        this.assessments = assessments;
        this.questionnaires = questionnaires;
        this.audit = audit;
        this.clock = clock;
    }

    public RegistrationSettings settings() {
        return settings;
    }

    public Collection<Source> sources() {
        return catalog.sources();
    }

    /**
     * Reads an export and stores its figures for a draft: 400/413/415/422 naming why a file is refused (nothing is
     * stored then), 409 once the assessment is submitted.
     */
    public RegistrationImport importExport(Caller caller, long assessmentId, @Nullable String sourceId,
                                           @Nullable String fileName, @Nullable byte[] content) {
        Assessment assessment = access.assessment(caller, assessmentId, Need.WRITE);
        if (assessment.status() != Assessment.Status.DRAFT) {
            throw DomainException.conflict("Assessment " + assessmentId + " is submitted; its answers can no longer change",
                    "assessment.submitted");
        }
        String id = sourceId == null || sourceId.isBlank() ? RegistrationCatalog.DEFAULT_SOURCE : sourceId.strip();
        Source source = catalog.source(id).orElseThrow(() -> RegistrationRefused.file(Reason.UNKNOWN_SOURCE,
                "no registration source '" + id + "'", id));
        if (content != null && content.length > settings.maxFileBytes()) {
            throw RegistrationRefused.file(Reason.TOO_LARGE, "the file is larger than " + settings.maxFileMb() + " MB",
                    settings.maxFileMb());
        }
        LocalDate today = LocalDate.now(clock.withZone(NL));
        Figures figures = ExportReader.read(fileName, content, source, today, settings.months(), settings.maxRows());
        ImportRow row = store.insert(assessmentId, source.id(), ExportReader.kind(content), caller.username(),
                clock.instant(), figures);
        return view(assessment, row, figures);
    }

    /** The latest import of an assessment, for a caller who may read its answers. */
    @Transactional(readOnly = true)
    public Optional<RegistrationImport> latest(Caller caller, long assessmentId) {
        Assessment assessment = access.assessment(caller, assessmentId, Need.DETAILS);
        return imports.findFirstByAssessmentIdOrderByIdDesc(assessmentId).map(r -> view(assessment, r, store.figures(r)));
    }

    @Transactional(readOnly = true)
    public RegistrationImport get(Caller caller, long assessmentId, long importId) {
        Assessment assessment = access.assessment(caller, assessmentId, Need.DETAILS);
        ImportRow row = find(assessmentId, importId);
        return view(assessment, row, store.figures(row));
    }

    /**
     * Sets the proposed answers of an import: those named, or, when none are named, every proposal that replaces no
     * other answer. An empty choice is refused when the import proposes anything. Each answer keeps its comment and gets the import's evidence note; the acceptance is audited.
     */
    @Transactional
    public RegistrationImport accept(Caller caller, long assessmentId, long importId, @Nullable Collection<String> questions) {
        Assessment assessment = access.assessment(caller, assessmentId, Need.WRITE);
        assessments.lockDraft(assessmentId);
        ImportRow row = find(assessmentId, importId);
        RegistrationImport view = view(assessment, row, store.figures(row));
        if (questions != null) {
            List<FieldError> unknown = questions.stream()
                    .filter(q -> view.proposals().stream().noneMatch(p -> p.questionId().equals(q)))
                    .map(q -> FieldError.coded("questions", "question " + q + " has no proposal in this import",
                            "registration.accept.unknown", q)).toList();
            if (!unknown.isEmpty()) {
                throw DomainException.invalid("Nothing was accepted: a question without a proposal was named",
                        "registration.accept.refused", unknown);
            }
            // an empty choice takes nothing over, so it is not recorded as an acceptance, unless there was no choice
            if (questions.isEmpty() && !view.proposals().isEmpty()) {
                throw DomainException.invalidField("Nothing was accepted: no proposal was chosen", "questions",
                        "registration.accept.none");
            }
        }
        Map<String, StoredAnswer> current = assessments.answers(assessmentId).answers();
        Map<String, AnswerInput> answers = new LinkedHashMap<>();
        for (Proposal proposal : view.proposals()) {
            boolean chosen = questions == null ? !proposal.differs() : questions.contains(proposal.questionId());
            if (chosen) {
                StoredAnswer old = current.get(proposal.questionId());
                answers.put(proposal.questionId(), new AnswerInput(proposal.value(), old == null ? null : old.comment(),
                        proposal.evidence()));
            }
        }
        if (!answers.isEmpty()) {
            assessments.saveAnswers(assessmentId, answers, caller.username());
        }
        Instant now = clock.instant();
        ImportRow accepted = imports.update(row.accepted(caller.username(), now));
        audit.record(assessmentId, caller.username(), "REGISTRATION", "accept " + importId, null,
                String.join(", ", answers.keySet()));
        return view(assessment, accepted, view.figures());
    }

    /**
     * Per question, the evidence note of an accepted import whose proposed answer the question still holds: the
     * answers a page marks as taken over from the registration.
     */
    @Transactional(readOnly = true)
    public Map<String, String> taken(long assessmentId, Map<String, StoredAnswer> answers, Questionnaire questionnaire) {
        Map<String, String> taken = new LinkedHashMap<>();
        for (ImportRow row : imports.findByAssessmentIdAndAcceptedAtIsNotNullOrderByIdDesc(assessmentId)) {
            for (Proposal proposal : proposals(questionnaire, row, store.figures(row), Map.of())) {
                StoredAnswer answer = answers.get(proposal.questionId());
                if (!taken.containsKey(proposal.questionId()) && answer != null && answer.value() != null
                        && proposal.evidence().equals(answer.evidence())
                        && answer.value().display().equals(parse(questionnaire, proposal).display())) {
                    taken.put(proposal.questionId(), proposal.evidence());
                }
            }
        }
        return taken;
    }

    private ImportRow find(long assessmentId, long importId) {
        return imports.findByIdAndAssessmentId(importId, assessmentId).orElseThrow(() -> DomainException.notFound(
                "No registration import " + importId + " in assessment " + assessmentId, "registration.notFound", importId));
    }

    private RegistrationImport view(Assessment assessment, ImportRow row, Figures figures) {
        Questionnaire questionnaire = questionnaires.find(assessment.questionnaireId()).orElseThrow();
        Map<String, StoredAnswer> current = assessment.status() == Assessment.Status.DRAFT
                ? assessments.answers(assessment.id()).answers() : Map.of();
        return new RegistrationImport(row.id(), row.assessmentId(), row.source(), row.importedBy(), row.importedAt(),
                figures, proposals(questionnaire, row, figures, current), row.acceptedBy(), row.acceptedAt());
    }

    /** The proposals of an import for the questions of this questionnaire that its figures answer. */
    private List<Proposal> proposals(Questionnaire questionnaire, ImportRow row, Figures figures,
                                     Map<String, StoredAnswer> current) {
        String date = DUTCH_DATE.format(LocalDate.ofInstant(row.importedAt(), NL));
        List<Proposal> proposals = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            for (Figure figure : Figure.values()) {
                if (!catalog.questions(figure).contains(question.id())) {
                    continue;
                }
                Figures.Share share = figures.share(figure);
                if (share.percent() == null && !question.notApplicable()) {
                    continue;
                }
                Object value = share.percent() == null ? Question.NOT_APPLICABLE : share.percent().doubleValue();
                String evidence = "uit registratie-import van " + date + ", " + share.of()
                        + (share.of() == 1 ? " voorval" : " voorvallen");
                StoredAnswer old = current.get(question.id());
                Object now = old == null || old.value() == null ? null : old.value().json();
                boolean differs = now != null && !old.value().display().equals(question.parse(value).display());
                proposals.add(new Proposal(question.id(), figure, value, evidence, share.count(), share.of(), now, differs));
            }
        }
        return proposals;
    }

    private static AnswerValue parse(Questionnaire questionnaire, Proposal proposal) {
        return questionnaire.question(proposal.questionId()).orElseThrow().parse(proposal.value());
    }
}
