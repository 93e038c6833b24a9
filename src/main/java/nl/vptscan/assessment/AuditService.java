package nl.vptscan.assessment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import nl.vptscan.questionnaire.AnswerValue;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.questionnaire.Topic;
import nl.vptscan.result.TopicResult;
import nl.vptscan.scoring.fact.AssessmentContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** Inspector audits: verdicts per topic, and the comparison of an audit with the organisation's self-assessment. */
@Singleton
public class AuditService {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final AuditVerdictRepository verdicts;
    private final AssessmentRepository assessments;
    private final AssessmentService assessmentService;
    private final AnswerStore answers;
    private final AuditTrail audit;
    private final QuestionnaireCatalog catalog;
    private final Clock clock;

    AuditService(AuditVerdictRepository verdicts, AssessmentRepository assessments, AssessmentService assessmentService,
                 AnswerStore answers, AuditTrail audit, QuestionnaireCatalog catalog, Clock clock) {
        this.verdicts = verdicts;
        this.assessments = assessments;
        this.assessmentService = assessmentService;
        this.answers = answers;
        this.audit = audit;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AuditVerdict> verdicts(long assessmentId) {
        return verdicts.findByKeyAssessmentId(assessmentId).stream()
                .sorted(Comparator.comparing(v -> v.key().topic())).toList();
    }

    /** Records verdicts on some topics of a draft audit, given today; every topic is checked before anything is stored. */
    @Transactional
    public List<AuditVerdict> saveVerdicts(long assessmentId, Map<String, VerdictInput> input, String actor) {
        return saveVerdicts(assessmentId, input, actor, LocalDate.now(clock.withZone(NL)));
    }

    /**
     * Records verdicts on some topics of a draft audit as given on {@code givenOn} (a visit report entered
     * afterwards): a new or changed deadline may not lie before that day. An eis needs a deadline, a waarschuwing
     * may have one, the other verdicts have none. Every topic is checked before anything is stored.
     */
    @Transactional
    public List<AuditVerdict> saveVerdicts(long assessmentId, Map<String, VerdictInput> input, String actor,
                                           LocalDate givenOn) {
        Assessment assessment = assessments.findByIdForUpdate(assessmentId)
                .orElseThrow(() -> DomainException.notFound("No assessment with id " + assessmentId,
                        "assessment.notFound", assessmentId));
        if (assessment.kind() != AssessmentContext.Kind.AUDIT) {
            throw DomainException.conflict("Assessment " + assessmentId + " is a self-assessment; only audits have verdicts",
                    "verdict.selfAssessment");
        }
        if (assessment.status() != Assessment.Status.DRAFT) {
            throw DomainException.conflict("Audit " + assessmentId + " is submitted; its verdicts can no longer change",
                    "verdict.submitted");
        }
        Questionnaire questionnaire = catalog.find(assessment.questionnaireId()).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        input.forEach((topic, verdict) -> {
            Optional<Topic> known = questionnaire.topic(topic);
            if (known.isEmpty()) {
                errors.add(FieldError.coded("verdicts." + topic, "unknown topic in " + questionnaire.id(),
                        "verdict.unknownTopic", topic));
            } else if (verdict == null || verdict.verdict() == null) {
                errors.add(FieldError.coded("verdicts." + topic + ".verdict", "expected IN_ORDE, ADVIES, WAARSCHUWING or EIS",
                        "verdict.unknown", topic));
            } else {
                deadlineError(topic, known.get(), verdict, verdicts.findById(new AuditVerdict.Key(assessmentId, topic)),
                        givenOn).ifPresent(errors::add);
            }
        });
        if (!errors.isEmpty()) {
            throw DomainException.invalid("Invalid verdicts; nothing was stored", errors);
        }
        input.forEach((topic, verdict) -> {
            AuditVerdict.Key key = new AuditVerdict.Key(assessmentId, topic);
            Optional<AuditVerdict> old = verdicts.findById(key);
            String note = verdict.note() == null || verdict.note().isBlank() ? null : verdict.note().strip();
            AuditVerdict next = new AuditVerdict(key, verdict.verdict(), note, actor, clock.instant(), verdict.deadline());
            if (old.isEmpty()) {
                verdicts.save(next);
            } else if (old.get().verdict() != next.verdict() || !Objects.equals(old.get().note(), note)
                    || !Objects.equals(old.get().deadline(), next.deadline())) {
                verdicts.update(next);
            } else {
                return;
            }
            audit.record(assessmentId, actor, "VERDICT", topic, old.map(AuditService::describe).orElse(null), describe(next));
        });
        return verdicts(assessmentId);
    }

    /** What is wrong with a verdict's deadline; a deadline kept as it was stored is not checked against today again. */
    private static Optional<FieldError> deadlineError(String topic, Topic known, VerdictInput verdict,
                                                      Optional<AuditVerdict> old, LocalDate givenOn) {
        String field = "verdicts." + topic + ".deadline";
        LocalDate deadline = verdict.deadline();
        if (deadline == null) {
            return verdict.verdict() == Verdict.EIS ? Optional.of(FieldError.coded(field,
                    "an eis needs a deadline", "verdict.deadlineRequired", known.title())) : Optional.empty();
        }
        if (!verdict.verdict().demands()) {
            return Optional.of(FieldError.coded(field, "only a waarschuwing or an eis has a deadline",
                    "verdict.deadlineNotAllowed", known.title()));
        }
        boolean unchanged = old.map(AuditVerdict::deadline).filter(deadline::equals).isPresent();
        if (!unchanged && deadline.isBefore(givenOn)) {
            return Optional.of(FieldError.coded(field, "the deadline " + deadline + " lies before " + givenOn,
                    "verdict.deadlinePast", known.title(), deadline.toString()));
        }
        return Optional.empty();
    }

    /**
     * The latest submitted audit (among those {@code visibleAudit} accepts) beside the latest submitted
     * self-assessment of the same questionnaire among those {@code visibleSelf} accepts; without one, a comparison
     * that says whether the organisation has one it did not share.
     */
    @Transactional(readOnly = true)
    public Comparison compare(long organisationId, String questionnaireId, Predicate<Assessment> visibleAudit,
                              Predicate<Assessment> visibleSelf) {
        List<Assessment> submitted = assessments.findByOrganisationIdOrderByCreatedAtDesc(organisationId).stream()
                .filter(a -> a.status() == Assessment.Status.SUBMITTED)
                .filter(a -> questionnaireId == null || a.questionnaireId().equals(questionnaireId))
                .sorted(Comparator.comparing(Assessment::submittedAt).reversed()).toList();
        Assessment auditRun = submitted.stream().filter(a -> a.kind() == AssessmentContext.Kind.AUDIT)
                .filter(visibleAudit).findFirst()
                .orElseThrow(() -> DomainException.notFound("Organisation " + organisationId + " has no submitted audit",
                        "comparison.noAudit"));
        List<Assessment> selves = submitted.stream().filter(a -> a.kind() == AssessmentContext.Kind.SELF)
                .filter(a -> a.questionnaireId().equals(auditRun.questionnaireId())).toList();
        Optional<Assessment> visible = selves.stream().filter(visibleSelf).findFirst();
        if (visible.isEmpty()) {
            return Comparison.without(organisationId, auditRun.questionnaireId(), selves.isEmpty()
                            ? Comparison.SelfAssessment.NONE : Comparison.SelfAssessment.NOT_SHARED, auditRun.id(),
                    assessmentService.latestResult(auditRun.id()).result().overall());
        }
        Assessment self = visible.get();
        Questionnaire questionnaire = catalog.find(auditRun.questionnaireId()).orElseThrow();
        var selfResult = assessmentService.latestResult(self.id()).result();
        var auditResult = assessmentService.latestResult(auditRun.id()).result();
        Map<String, AuditVerdict> byTopic = new java.util.HashMap<>();
        verdicts(auditRun.id()).forEach(v -> byTopic.put(v.key().topic(), v));
        List<Comparison.TopicComparison> topics = new ArrayList<>();
        for (var topic : questionnaire.topics()) {
            TopicResult s = selfResult.topic(topic.id());
            TopicResult a = auditResult.topic(topic.id());
            AuditVerdict verdict = byTopic.get(topic.id());
            topics.add(new Comparison.TopicComparison(topic.id(), s.percentage(), s.level(), a.percentage(), a.level(),
                    verdict == null ? null : verdict.verdict(), verdict == null ? null : verdict.note(),
                    s.level() != a.level(), s.level() > a.level()));
        }
        Map<String, StoredAnswer> selfAnswers = answers.load(self.id(), questionnaire);
        Map<String, StoredAnswer> auditAnswers = answers.load(auditRun.id(), questionnaire);
        List<Comparison.QuestionComparison> questions = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            AnswerValue s = Optional.ofNullable(selfAnswers.get(question.id())).map(StoredAnswer::value).orElse(null);
            AnswerValue a = Optional.ofNullable(auditAnswers.get(question.id())).map(StoredAnswer::value).orElse(null);
            boolean favourable = s != null && a != null && question.earned(s) > question.earned(a);
            questions.add(new Comparison.QuestionComparison(question.id(), question.topic(), s, a,
                    !Objects.equals(s, a), favourable));
        }
        return new Comparison(organisationId, questionnaire.id(), Comparison.SelfAssessment.SHARED, null, self.id(),
                auditRun.id(), selfResult.overall(), auditResult.overall(), topics, questions);
    }

    private static String describe(AuditVerdict verdict) {
        return verdict.verdict().name() + (verdict.deadline() == null ? "" : " | deadline: " + verdict.deadline())
                + (verdict.note() == null ? "" : " | note: " + verdict.note());
    }
}
