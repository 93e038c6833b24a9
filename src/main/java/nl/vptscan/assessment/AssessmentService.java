package nl.vptscan.assessment;

import io.micrometer.core.annotation.Timed;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import nl.vptscan.questionnaire.AnswerValue;
import nl.vptscan.questionnaire.InvalidAnswerException;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.questionnaire.QuestionnaireMigration;
import nl.vptscan.questionnaire.AnswerCheck;
import nl.vptscan.result.Result;
import nl.vptscan.scoring.ScoredResults;
import nl.vptscan.scoring.Scorer;
import nl.vptscan.scoring.fact.AssessmentContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Runs assessments: create, save and resume answers, submit and score, re-score, history and audit trail. */
@Singleton
public class AssessmentService {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    /** Who moves a draft's answers when it is merely opened. */
    private static final String MIGRATION_ACTOR = "system";
    private static final String NOT_MAPPED_TARGET = "not mapped: answer ";
    private static final String NOT_MAPPED_GONE = "not mapped: no such question in version ";

    private final AssessmentRepository assessments;
    private final OrganisationService organisations;
    private final AnswerStore answers;
    private final ResultStore results;
    private final AuditTrail audit;
    private final QuestionnaireCatalog catalog;
    private final Scorer scorer;
    private final ApplicationEventPublisher<AssessmentSubmitted> submitted;
    private final Clock clock;

    AssessmentService(AssessmentRepository assessments, OrganisationService organisations, AnswerStore answers,
                      ResultStore results, AuditTrail audit, QuestionnaireCatalog catalog, Scorer scorer,
                      ApplicationEventPublisher<AssessmentSubmitted> submitted, Clock clock) {
        this.assessments = assessments;
        this.organisations = organisations;
        this.answers = answers;
        this.results = results;
        this.audit = audit;
        this.catalog = catalog;
        this.scorer = scorer;
        this.submitted = submitted;
        this.clock = clock;
    }

    @Transactional
    public Assessment create(long organisationId, String questionnaireId, AssessmentContext.Kind kind, String actor) {
        organisations.get(organisationId);
        Questionnaire questionnaire = catalog.find(questionnaireId).orElseThrow(() -> DomainException.invalidField(
                "no questionnaire '" + questionnaireId + "'", "questionnaireId", "questionnaire.unknown", questionnaireId));
        Assessment assessment = assessments.save(new Assessment(null, organisationId, questionnaire.id(),
                questionnaire.version(), kind, Assessment.Status.DRAFT, actor, clock.instant(), null));
        audit.record(assessment.id(), actor, "STATUS", "assessment", null, Assessment.Status.DRAFT.name());
        return assessment;
    }

    @Transactional(readOnly = true)
    public Assessment get(long id) {
        return assessments.findById(id).orElseThrow(() -> DomainException.notFound("No assessment with id " + id,
                "assessment.notFound", id));
    }

    @Transactional(readOnly = true)
    public List<Assessment> ofOrganisation(long organisationId) {
        organisations.get(organisationId);
        return assessments.findByOrganisationIdOrderByCreatedAtDesc(organisationId);
    }

    /** The audits an inspector started, newest first. */
    @Transactional(readOnly = true)
    public List<Assessment> auditsBy(String inspector) {
        return assessments.findByKindAndCreatedByOrderByCreatedAtDesc(AssessmentContext.Kind.AUDIT, inspector);
    }

    /** The answers of an assessment; a draft on an older questionnaire version is moved to the current one first. */
    @Transactional
    public AnswerSheet answers(long id) {
        Assessment assessment = get(id);
        Questionnaire questionnaire = questionnaire(assessment);
        if (needsMigration(assessment, questionnaire)) {
            assessment = migrate(lockDraft(id), questionnaire, MIGRATION_ACTOR);
        }
        return sheet(assessment, questionnaire, answers.load(id, questionnaire));
    }

    /**
     * Saves a subset of answers; every answer is checked first and one bad answer rejects them all (400, nothing
     * stored). Only answers that change are written, each with an audit event. A comment or evidence note without
     * an answer is kept (the question stays unanswered); a question with neither is cleared.
     */
    @Transactional
    public AnswerSheet saveAnswers(long id, Map<String, AnswerInput> input, String actor) {
        Questionnaire questionnaire = questionnaire(get(id));
        Assessment assessment = migrate(lockDraft(id), questionnaire, actor);
        Map<String, Checked> checked = check(questionnaire, input, LocalDate.now(clock.withZone(NL)));
        Map<String, StoredAnswer> stored = answers.load(id, questionnaire);
        Instant now = clock.instant();
        checked.forEach((questionId, answer) -> {
            StoredAnswer old = stored.get(questionId);
            if (answer.value() == null && blankToNull(answer.comment()) == null && blankToNull(answer.evidence()) == null) {
                if (old != null) {
                    answers.delete(id, questionId);
                    audit.record(id, actor, "ANSWER", questionId, describe(old), null);
                }
                return;
            }
            StoredAnswer next = new StoredAnswer(questionId, answer.value(), blankToNull(answer.comment()),
                    blankToNull(answer.evidence()), actor, now);
            if (old == null) {
                answers.insert(id, next);
                audit.record(id, actor, "ANSWER", questionId, null, describe(next));
            } else if (!describe(old).equals(describe(next))) {
                answers.update(id, next);
                audit.record(id, actor, "ANSWER", questionId, describe(old), describe(next));
                if (old.origin() != null && !answers.encode(old.value()).equals(answers.encode(next.value()))) {
                    // a changed answer is the organisation's own: no longer marked as taken over
                    answers.deleteOrigin(id, questionId);
                }
            }
        });
        return sheet(assessment, questionnaire, answers.load(id, questionnaire));
    }

    /**
     * Submits: checks completeness (422 naming each missing question), scores, stores the result and marks
     * the assessment SUBMITTED, all in one transaction. Submitting again returns the stored result.
     */
    @Transactional
    @Timed(value = "vptscan.submit", description = "Submit: completeness check, scoring and storing the result")
    public StoredResult submit(long id, String actor) {
        Assessment assessment = assessments.findByIdForUpdate(id)
                .orElseThrow(() -> DomainException.notFound("No assessment with id " + id, "assessment.notFound", id));
        if (assessment.status() == Assessment.Status.SUBMITTED) {
            return results.submitted(id)
                    .orElseThrow(() -> new IllegalStateException("submitted assessment " + id + " has no result"));
        }
        Questionnaire questionnaire = questionnaire(assessment);
        assessment = migrate(assessment, questionnaire, actor);
        Map<String, StoredAnswer> stored = answers.load(id, questionnaire);
        Map<String, AnswerValue> values = values(stored);
        List<FieldError> missing = new ArrayList<>();
        Map<String, String> unmoved = null;
        for (Question question : questionnaire.questions()) {
            if (question.required() && !values.containsKey(question.id()) && questionnaire.isVisible(question, values)) {
                // the audit trail is read only to explain a missing answer
                unmoved = unmoved == null ? unmovedAnswers(id) : unmoved;
                String previous = unmoved.get(question.id());
                missing.add(previous == null
                        ? FieldError.coded("answers." + question.id(), "required question is not answered", "answer.missing")
                        : FieldError.coded("answers." + question.id(), "required question is not answered: the earlier answer "
                        + previous + " could not be moved to this version of the questionnaire; answer it again",
                        "answer.unmoved", previous));
            }
        }
        if (!missing.isEmpty()) {
            throw DomainException.incomplete(missing.size() + " required question(s) not answered; the assessment stays a draft", missing);
        }
        List<FieldError> unconfirmed = unconfirmed(questionnaire, stored, values);
        if (!unconfirmed.isEmpty()) {
            throw new DomainException(DomainException.Kind.INCOMPLETE, unconfirmed.size() + " answer(s) taken over from "
                    + "another instrument not confirmed; confirm or change them before submitting",
                    "assessment.unconfirmed", List.of(unconfirmed.size()), unconfirmed);
        }
        Instant now = clock.instant();
        LocalDate referenceDate = LocalDate.ofInstant(now, NL);
        StoredResult result = score(assessment, questionnaire, values, referenceDate, StoredResult.Reason.SUBMIT, now);
        Assessment done = assessments.update(assessment.submitted(now));
        audit.record(id, actor, "STATUS", "assessment", Assessment.Status.DRAFT.name(), Assessment.Status.SUBMITTED.name());
        submitted.publishEvent(new AssessmentSubmitted(done, result, actor));
        return result;
    }

    /**
     * The shown questions whose answer was taken over from the other instrument and not yet confirmed, each named
     * with its topic (parameter 0) and the questionnaire it came from (parameter 1).
     */
    private static List<FieldError> unconfirmed(Questionnaire questionnaire, Map<String, StoredAnswer> stored,
                                                Map<String, AnswerValue> values) {
        List<FieldError> unconfirmed = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            StoredAnswer answer = stored.get(question.id());
            if (answer != null && answer.unconfirmed() && questionnaire.isVisible(question, values)) {
                unconfirmed.add(FieldError.coded("answers." + question.id(), "the answer taken over from "
                                + answer.origin().sourceQuestionnaireId() + " is not confirmed", "answer.unconfirmed",
                        question.topic(), answer.origin().sourceQuestionnaireId()));
            }
        }
        return unconfirmed;
    }

    /** Scores a submitted assessment again with today's ruleset; the new result is stored beside the old ones. */
    @Transactional
    public StoredResult rescore(long id, String actor) {
        Assessment assessment = assessments.findByIdForUpdate(id)
                .orElseThrow(() -> DomainException.notFound("No assessment with id " + id, "assessment.notFound", id));
        if (assessment.status() != Assessment.Status.SUBMITTED) {
            throw DomainException.conflict("Assessment " + id + " is a draft; submit it before re-scoring",
                    "assessment.draftNotRescored");
        }
        Questionnaire questionnaire = questionnaire(assessment);
        Map<String, AnswerValue> values = values(answers.load(id, questionnaire));
        LocalDate referenceDate = LocalDate.ofInstant(assessment.submittedAt(), NL);
        StoredResult result = score(assessment, questionnaire, values, referenceDate, StoredResult.Reason.RESCORE,
                clock.instant());
        audit.record(id, actor, "RESULT", "rescore", null, "result " + result.id() + " with ruleset "
                + result.result().rulesetVersion());
        return result;
    }

    @Transactional(readOnly = true)
    public List<StoredResult> results(long id) {
        get(id);
        return results.of(id);
    }

    /** The result made at submission, which the plan van aanpak was made from. */
    @Transactional(readOnly = true)
    public StoredResult submittedResult(long id) {
        get(id);
        return results.submitted(id).orElseThrow(() -> DomainException.notFound("Assessment " + id + " is not submitted",
                "assessment.notSubmitted"));
    }

    @Transactional(readOnly = true)
    public StoredResult latestResult(long id) {
        Assessment assessment = get(id);
        return results.latest(id).orElseThrow(() -> DomainException.notFound(
                "Assessment " + id + " has no result yet (status " + assessment.status() + ")", "assessment.noResult"));
    }

    /** The organisation's submitted assessments over time, oldest first, each with its latest result. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long organisationId, String questionnaireId, Predicate<Assessment> shown) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (Assessment assessment : ofOrganisation(organisationId)) {
            if (assessment.status() != Assessment.Status.SUBMITTED || !shown.test(assessment)
                    || questionnaireId != null && !questionnaireId.equals(assessment.questionnaireId())) {
                continue;
            }
            results.latest(assessment.id()).ifPresent(r -> entries.add(HistoryEntry.of(assessment, r)));
        }
        entries.sort(java.util.Comparator.comparing(HistoryEntry::submittedAt));
        return entries;
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> audit(long id) {
        get(id);
        return audit.of(id);
    }

    private StoredResult score(Assessment assessment, Questionnaire questionnaire, Map<String, AnswerValue> values,
                               LocalDate referenceDate, StoredResult.Reason reason, Instant now) {
        return results.insert(assessment.id(), reason, referenceDate, now,
                score(assessment, questionnaire, values, referenceDate));
    }

    /** A submitted assessment's answers scored with today's ruleset, as of the reference date; nothing is stored. */
    Result scoreWithoutStoring(Assessment assessment, LocalDate referenceDate) {
        Questionnaire questionnaire = questionnaire(assessment);
        return score(assessment, questionnaire, values(answers.load(assessment.id(), questionnaire)), referenceDate);
    }

    /** These answers scored as the organisation's answers to this questionnaire, as of the date; nothing is stored. */
    Result score(Assessment assessment, Questionnaire questionnaire, Map<String, AnswerValue> values,
                 LocalDate referenceDate) {
        Organisation organisation = organisations.get(assessment.organisationId());
        AssessmentContext context = new AssessmentContext(organisation.sector(), organisation.employees(),
                assessment.kind(), referenceDate);
        return ScoredResults.of(scorer.score(questionnaire, values, context));
    }

    private static boolean needsMigration(Assessment assessment, Questionnaire questionnaire) {
        return assessment.status() == Assessment.Status.DRAFT
                && !questionnaire.version().equals(assessment.questionnaireVersion());
    }

    /**
     * Moves the answers of a locked draft started on an older questionnaire version to the current version, as its
     * migration file says, and records each move in the audit trail. An answer that cannot be moved is removed from
     * the answers but kept in the audit trail, and its new question stays unanswered, so submitting names it.
     */
    private Assessment migrate(Assessment assessment, Questionnaire questionnaire, String actor) {
        if (!needsMigration(assessment, questionnaire)) {
            return assessment;
        }
        long id = assessment.id();
        String from = assessment.questionnaireVersion();
        QuestionnaireMigration migration = catalog.migration(questionnaire.id(), from).orElseThrow(() ->
                DomainException.conflict("Assessment " + id + " was started on version " + from + " of "
                        + questionnaire.id() + "; no migration to version " + questionnaire.version()
                        + " is documented, so its answers cannot be opened", "assessment.noMigration", from,
                        questionnaire.version()));
        Instant now = clock.instant();
        Map<String, StoredAnswer> moved = new LinkedHashMap<>();
        answers.loadStored(id).forEach((oldId, old) -> {
            boolean listed = migration.moves().containsKey(oldId);
            if (!listed && questionnaire.question(oldId).isPresent()) {
                return;
            }
            answers.delete(id, oldId);
            if (!listed) {
                audit.record(id, actor, "MIGRATION", oldId, describe(old.text(), old.comment(), old.evidence()),
                        NOT_MAPPED_GONE + questionnaire.version());
                return;
            }
            for (QuestionnaireMigration.Target target : migration.targets(oldId)) {
                AnswerValue value = old.json() == null ? null : target.map(old.json(),
                        questionnaire.question(target.questionId()).orElseThrow());
                String source = oldId + " " + describe(old.text(), old.comment(), old.evidence());
                if (value == null && old.json() != null) {
                    audit.record(id, actor, "MIGRATION", target.questionId(), source,
                            NOT_MAPPED_TARGET + target.questionId() + " again");
                    continue;
                }
                StoredAnswer next = new StoredAnswer(target.questionId(), value, old.comment(), old.evidence(),
                        actor, now);
                moved.put(target.questionId(), next);
                audit.record(id, actor, "MIGRATION", target.questionId(), source, describe(next));
            }
        });
        moved.forEach((questionId, answer) -> {
            answers.delete(id, questionId);
            answers.insert(id, answer);
        });
        Assessment current = assessments.update(assessment.onVersion(questionnaire.version()));
        audit.record(id, actor, "MIGRATION", "questionnaire_version", from, questionnaire.version());
        return current;
    }

    /** Per new question, the old answer a migration could not move to it (as recorded in the audit trail). */
    private Map<String, String> unmovedAnswers(long id) {
        Map<String, String> unmoved = new LinkedHashMap<>();
        audit.of(id).stream()
                .filter(e -> "MIGRATION".equals(e.kind()) && e.newValue() != null && e.newValue().startsWith("not mapped"))
                .forEach(e -> unmoved.put(e.subject(), e.oldValue()));
        return unmoved;
    }

    /**
     * The answers of a draft that a migration to the current questionnaire version could not move, oldest first,
     * as the audit trail keeps them; empty for a draft that never moved and for a submitted assessment.
     */
    @Transactional(readOnly = true)
    public List<UnmovedAnswer> unmoved(long id) {
        if (get(id).status() != Assessment.Status.DRAFT) {
            return List.of();
        }
        List<UnmovedAnswer> unmoved = new ArrayList<>();
        for (AuditEvent e : audit.of(id)) {
            if (!"MIGRATION".equals(e.kind()) || e.newValue() == null || e.oldValue() == null) {
                continue;
            }
            if (e.newValue().startsWith(NOT_MAPPED_TARGET)) {
                int space = e.oldValue().indexOf(' ');
                unmoved.add(new UnmovedAnswer(e.oldValue().substring(0, space), answerPart(e.oldValue().substring(space + 1)),
                        e.subject()));
            } else if (e.newValue().startsWith(NOT_MAPPED_GONE)) {
                unmoved.add(new UnmovedAnswer(e.subject(), answerPart(e.oldValue()), null));
            }
        }
        return unmoved;
    }

    /** The stored answer of an audit description, without its comment and evidence note. */
    private static String answerPart(String description) {
        int notes = description.indexOf(" | ");
        return notes < 0 ? description : description.substring(0, notes);
    }

    /**
     * Locks a draft for the rest of the caller's transaction (saves, submits and attachment changes of one assessment
     * queue up); 409 once it is submitted.
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public Assessment lockDraft(long id) {
        Assessment assessment = assessments.findByIdForUpdate(id)
                .orElseThrow(() -> DomainException.notFound("No assessment with id " + id, "assessment.notFound", id));
        if (assessment.status() != Assessment.Status.DRAFT) {
            throw DomainException.conflict("Assessment " + id + " is submitted; its answers can no longer change",
                    "assessment.submitted");
        }
        return assessment;
    }

    private Questionnaire questionnaire(Assessment assessment) {
        return catalog.find(assessment.questionnaireId()).orElseThrow(() -> new IllegalStateException(
                "questionnaire " + assessment.questionnaireId() + " of assessment " + assessment.id() + " is gone"));
    }

    /** An answer that passed its checks: its parsed value (null for none), comment and evidence note. */
    private record Checked(AnswerValue value, String comment, String evidence) {
    }

    private static Map<String, Checked> check(Questionnaire questionnaire, Map<String, AnswerInput> input,
                                              LocalDate today) {
        if (input.size() > AnswerCheck.MAX_ANSWERS) {
            throw DomainException.invalidField("at most " + AnswerCheck.MAX_ANSWERS + " answers per request, got "
                    + input.size(), "answers", "answers.tooMany", AnswerCheck.MAX_ANSWERS, input.size());
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Checked> checked = new LinkedHashMap<>();
        input.forEach((questionId, answer) -> {
            String field = "answers." + questionId;
            Question question = questionnaire.question(questionId).orElse(null);
            if (question == null) {
                errors.add(FieldError.coded(field, "unknown question in " + questionnaire.id(), "answer.unknownQuestion",
                        questionId));
                return;
            }
            if (answer == null) {
                errors.add(FieldError.coded(field, "expected an object with value, comment and evidence", "body.object"));
                return;
            }
            AnswerValue value = null;
            try {
                value = answer.value() == null ? null : AnswerCheck.parse(question, answer.value(), today);
            } catch (InvalidAnswerException e) {
                errors.add(AnswerCheck.fieldError(field + ".value", e));
            }
            if (answer.comment() != null && answer.comment().length() > AnswerInput.MAX_NOTE_LENGTH) {
                errors.add(FieldError.coded(field + ".comment", "at most " + AnswerInput.MAX_NOTE_LENGTH + " characters",
                        "answer.text.length", AnswerInput.MAX_NOTE_LENGTH));
            }
            if (answer.evidence() != null && answer.evidence().length() > AnswerInput.MAX_NOTE_LENGTH) {
                errors.add(FieldError.coded(field + ".evidence", "at most " + AnswerInput.MAX_NOTE_LENGTH + " characters",
                        "answer.text.length", AnswerInput.MAX_NOTE_LENGTH));
            }
            checked.put(questionId, new Checked(value, answer.comment(), answer.evidence()));
        });
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors.size() + " answer field(s) rejected; nothing was stored", errors);
        }
        return checked;
    }

    private AnswerSheet sheet(Assessment assessment, Questionnaire questionnaire, Map<String, StoredAnswer> stored) {
        Map<String, AnswerValue> values = values(stored);
        List<AnswerSheet.TopicProgress> topics = new ArrayList<>();
        int answered = 0;
        int required = 0;
        for (var topic : questionnaire.topics()) {
            int topicAnswered = 0;
            int topicRequired = 0;
            for (Question question : topic.questions()) {
                if (question.required() && questionnaire.isVisible(question, values)) {
                    topicRequired++;
                    if (values.containsKey(question.id())) {
                        topicAnswered++;
                    }
                }
            }
            topics.add(new AnswerSheet.TopicProgress(topic.id(), topicAnswered, topicRequired, topicAnswered == topicRequired));
            answered += topicAnswered;
            required += topicRequired;
        }
        Map<String, StoredAnswer> ordered = new LinkedHashMap<>();
        questionnaire.questions().forEach(q -> {
            if (stored.containsKey(q.id())) {
                ordered.put(q.id(), stored.get(q.id()));
            }
        });
        return new AnswerSheet(assessment.id(), assessment.status(), ordered, answered, required, topics);
    }

    private static Map<String, AnswerValue> values(Map<String, StoredAnswer> stored) {
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        // a comment or evidence note kept without an answer is not an answer
        stored.forEach((id, answer) -> {
            if (answer.value() != null) {
                values.put(id, answer.value());
            }
        });
        return values;
    }

    private String describe(StoredAnswer answer) {
        return describe(answers.encode(answer.value()), answer.comment(), answer.evidence());
    }

    private static String describe(String value, String comment, String evidence) {
        StringBuilder text = new StringBuilder(value);
        if (comment != null) {
            text.append(" | comment: ").append(comment);
        }
        if (evidence != null) {
            text.append(" | evidence: ").append(evidence);
        }
        return text.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
