package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import nl.vptscan.questionnaire.AnswerCheck;
import nl.vptscan.questionnaire.AnswerValue;
import nl.vptscan.questionnaire.InstrumentMapping;
import nl.vptscan.questionnaire.InvalidAnswerException;
import nl.vptscan.questionnaire.MappingCatalog;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Answer once for both instruments: a new draft is offered the mapped answers of the organisation's latest submitted
 * assessment of the other instrument. Taken-over answers keep their origin and stay marked until the user confirms
 * or changes them; every take-over and confirmation is in the audit trail.
 */
@Singleton
public class PrefillService {

    static final String PREFILL = "PREFILL";
    static final String CONFIRM = "CONFIRM";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    /**
     * What a draft may take over: from which submitted assessment (its questionnaire and submission), which of the
     * draft's questions would be answered, and which of those answers were given more than
     * {@value StoredAnswer#STALE_MONTHS} months ago.
     */
    @Serdeable
    public record Offer(long assessmentId, long sourceAssessmentId, String sourceQuestionnaireId,
                        Instant sourceSubmittedAt, List<String> questions, List<String> stale) {

        public Offer {
            questions = List.copyOf(questions);
            stale = List.copyOf(stale);
        }
    }

    /** An answer the draft would take over, with where it comes from. */
    private record Taken(String questionId, AnswerValue value, AnswerOrigin origin) {
    }

    private final AssessmentService assessments;
    private final AssessmentRepository repository;
    private final AnswerStore answers;
    private final AuditTrail audit;
    private final QuestionnaireCatalog catalog;
    private final MappingCatalog mappings;
    private final Clock clock;

    PrefillService(AssessmentService assessments, AssessmentRepository repository, AnswerStore answers,
                   AuditTrail audit, QuestionnaireCatalog catalog, MappingCatalog mappings, Clock clock) {
        this.assessments = assessments;
        this.repository = repository;
        this.answers = answers;
        this.audit = audit;
        this.catalog = catalog;
        this.mappings = mappings;
        this.clock = clock;
    }

    /**
     * What this draft may take over from the latest submitted assessment of the other instrument of the same
     * organisation and kind that the caller may read; nothing once the draft took answers over, when it is submitted,
     * or when no answer would carry over to a question it has not answered yet.
     */
    @Transactional(readOnly = true)
    public Optional<Offer> offer(long id, Predicate<Assessment> readable) {
        return offer(assessments.get(id), readable);
    }

    private Optional<Offer> offer(Assessment draft, Predicate<Assessment> readable) {
        long id = draft.id();
        if (draft.status() != Assessment.Status.DRAFT
                || audit.of(id).stream().anyMatch(e -> PREFILL.equals(e.kind()))) {
            return Optional.empty();
        }
        return source(draft, readable).flatMap(source -> {
            List<Taken> taken = taken(draft, source);
            if (taken.isEmpty()) {
                return Optional.empty();
            }
            Instant staleBefore = staleBefore();
            return Optional.of(new Offer(id, source.id(), source.questionnaireId(), source.submittedAt(),
                    taken.stream().map(Taken::questionId).toList(),
                    taken.stream().filter(t -> t.origin().sourceAnsweredAt().isBefore(staleBefore))
                            .map(Taken::questionId).toList()));
        });
    }

    /**
     * Takes the offered answers over from the given source, each marked with its origin and recorded in the audit
     * trail; questions the draft answered already keep their answer. 409 when that source is not (or no longer) the
     * one offered.
     */
    @Transactional
    public AnswerSheet accept(long id, long sourceId, Predicate<Assessment> readable, String actor) {
        assessments.answers(id);
        Assessment draft = assessments.lockDraft(id);
        Offer offer = offer(draft, readable).orElseThrow(() -> DomainException.conflict("Assessment " + id
                + " has nothing to take over (already taken over, or no submitted assessment of the other instrument)",
                "prefill.none"));
        if (offer.sourceAssessmentId() != sourceId) {
            throw DomainException.conflict("Assessment " + sourceId + " is not the latest submitted assessment of "
                    + offer.sourceQuestionnaireId() + "; take over from " + offer.sourceAssessmentId(),
                    "prefill.otherSource", offer.sourceAssessmentId());
        }
        Assessment source = assessments.get(sourceId);
        Instant now = clock.instant();
        List<Taken> taken = taken(draft, source);
        for (Taken t : taken) {
            StoredAnswer answer = new StoredAnswer(t.questionId(), t.value(), null, null, actor, now);
            answers.insert(id, answer);
            answers.insertOrigin(id, t.questionId(), t.origin());
            audit.record(id, actor, PREFILL, t.questionId(), null, answers.encode(t.value()) + " | from "
                    + source.questionnaireId() + " " + t.origin().sourceQuestionId() + " of assessment " + sourceId);
        }
        audit.record(id, actor, PREFILL, "assessment", null, taken.size() + " answer(s) taken over from assessment "
                + sourceId + " (" + source.questionnaireId() + ")");
        return assessments.answers(id);
    }

    /**
     * Confirms answers taken over: the user has checked them and they count as the organisation's own. A question
     * whose answer was not taken over, or was confirmed before, is left as it is.
     */
    @Transactional
    public AnswerSheet confirm(long id, Collection<String> questionIds, String actor) {
        assessments.answers(id);
        Assessment draft = assessments.lockDraft(id);
        Questionnaire questionnaire = questionnaire(draft);
        List<FieldError> unknown = questionIds.stream().filter(q -> questionnaire.question(q).isEmpty())
                .map(q -> FieldError.coded("questions", "unknown question in " + questionnaire.id() + ": " + q,
                        "prefill.unknownQuestion", q)).toList();
        if (!unknown.isEmpty()) {
            throw DomainException.invalid("Unknown question(s); nothing was confirmed", unknown);
        }
        Instant now = clock.instant();
        for (String questionId : questionIds) {
            if (answers.confirmOrigin(id, questionId, actor, now)) {
                audit.record(id, actor, CONFIRM, questionId, "taken over", "confirmed");
            }
        }
        return assessments.answers(id);
    }

    /** Confirms every answer taken over in one topic. */
    @Transactional
    public AnswerSheet confirmTopic(long id, String topicId, String actor) {
        Questionnaire questionnaire = questionnaire(assessments.get(id));
        return confirm(id, questionnaire.topic(topicId).orElseThrow(() -> DomainException.invalid("Unknown topic",
                        List.of(FieldError.coded("topic", "no topic " + topicId + " in " + questionnaire.id(),
                                "prefill.unknownTopic", topicId))))
                .questions().stream().map(Question::id).toList(), actor);
    }

    /** The latest submitted assessment of the other instrument, same organisation and kind, that may be read. */
    private Optional<Assessment> source(Assessment draft, Predicate<Assessment> readable) {
        return mappings.of(draft.questionnaireId()).flatMap(mapping -> repository
                .findByOrganisationIdOrderByCreatedAtDesc(draft.organisationId()).stream()
                .filter(a -> a.status() == Assessment.Status.SUBMITTED && a.kind() == draft.kind()
                        && a.questionnaireId().equals(mapping.other(draft.questionnaireId())) && readable.test(a))
                .max(Comparator.comparing(Assessment::submittedAt)));
    }

    /**
     * The answers the draft would take over from the source: what the mapping carries, as far as the draft's
     * question accepts it, to questions the draft has not answered.
     */
    private List<Taken> taken(Assessment draft, Assessment source) {
        Questionnaire target = questionnaire(draft);
        Questionnaire from = questionnaire(source);
        InstrumentMapping mapping = mappings.between(target.id(), from.id()).orElseThrow();
        Map<String, StoredAnswer> given = answers.load(source.id(), from);
        Map<String, Object> values = new LinkedHashMap<>();
        given.forEach((q, a) -> {
            if (a.value() != null) {
                values.put(q, a.value().json());
            }
        });
        Map<String, StoredAnswer> own = answers.load(draft.id(), target);
        LocalDate today = LocalDate.now(clock.withZone(NL));
        List<Taken> taken = new ArrayList<>();
        mapping.carry(from.id(), values).forEach((questionId, carried) -> {
            Question question = target.question(questionId).orElse(null);
            if (question == null || own.containsKey(questionId)) {
                return;
            }
            AnswerValue value = parse(question, carried.value(), today);
            if (value != null) {
                taken.add(new Taken(questionId, value, new AnswerOrigin(source.id(), from.id(),
                        carried.link().fromQuestion(), source.submittedAt(),
                        given.get(carried.link().fromQuestion()).answeredAt(), false, null, null)));
            }
        });
        return taken;
    }

    /** A carried value as the target question takes it; null when that question does not accept it. */
    static @Nullable AnswerValue parse(Question question, Object value, LocalDate today) {
        try {
            return AnswerCheck.parse(question, value, today);
        } catch (InvalidAnswerException e) {
            return null;
        }
    }

    private Instant staleBefore() {
        return ZonedDateTime.now(clock.withZone(NL)).minusMonths(StoredAnswer.STALE_MONTHS).toInstant();
    }

    private Questionnaire questionnaire(Assessment assessment) {
        return catalog.find(assessment.questionnaireId()).orElseThrow(() -> new IllegalStateException(
                "questionnaire " + assessment.questionnaireId() + " of assessment " + assessment.id() + " is gone"));
    }
}
