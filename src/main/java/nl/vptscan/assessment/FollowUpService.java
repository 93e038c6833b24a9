package nl.vptscan.assessment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.problem.DomainException;
import nl.vptscan.questionnaire.FineScale;
import nl.vptscan.questionnaire.IndicativeFine;
import nl.vptscan.questionnaire.LegalProvision;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.questionnaire.Topic;
import nl.vptscan.result.Result;
import nl.vptscan.result.TopicResult;
import nl.vptscan.scoring.fact.AssessmentContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-inspections (hercontroles): an inspector starts an audit that follows up an earlier submitted audit of the same
 * organisation, and sees per earlier eis or waarschuwing whether it is met now and whether it is a repeat.
 */
@Singleton
public class FollowUpService {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    /** From this level on a topic is in place: without a verdict, a submitted re-inspection at this level meets a demand. */
    private static final int IN_PLACE = 3;

    private final AssessmentRepository assessments;
    private final AuditFollowUpRepository followUps;
    private final AssessmentService assessmentService;
    private final AuditService audits;
    private final OrganisationService organisations;
    private final AuditTrail audit;
    private final QuestionnaireCatalog catalog;
    private final Clock clock;

    FollowUpService(AssessmentRepository assessments, AuditFollowUpRepository followUps,
                    AssessmentService assessmentService, AuditService audits, OrganisationService organisations,
                    AuditTrail audit, QuestionnaireCatalog catalog, Clock clock) {
        this.assessments = assessments;
        this.followUps = followUps;
        this.assessmentService = assessmentService;
        this.audits = audits;
        this.organisations = organisations;
        this.audit = audit;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Starts the re-inspection of a submitted audit: a new draft audit of the same organisation and questionnaire.
     * An audit is followed up once; a second start is refused.
     */
    @Transactional
    public Assessment start(long earlierId, String actor) {
        Assessment earlier = assessments.findByIdForUpdate(earlierId)
                .orElseThrow(() -> DomainException.notFound("No assessment with id " + earlierId,
                        "assessment.notFound", earlierId));
        if (earlier.kind() != AssessmentContext.Kind.AUDIT) {
            throw DomainException.conflict("Assessment " + earlierId + " is a self-assessment; only an audit is re-inspected",
                    "followUp.notAnAudit");
        }
        if (earlier.status() != Assessment.Status.SUBMITTED) {
            throw DomainException.conflict("Audit " + earlierId + " is a draft; submit it before re-inspecting it",
                    "followUp.draft");
        }
        Optional<AuditFollowUp> existing = followUps.findByEarlierId(earlierId);
        if (existing.isPresent()) {
            throw DomainException.conflict("Audit " + earlierId + " is re-inspected already by audit "
                    + existing.get().assessmentId(), "followUp.exists", existing.get().assessmentId());
        }
        Assessment followUp = assessmentService.create(earlier.organisationId(), earlier.questionnaireId(),
                AssessmentContext.Kind.AUDIT, actor);
        followUps.save(new AuditFollowUp(followUp.id(), earlierId, clock.instant()));
        audit.record(followUp.id(), actor, "FOLLOW_UP", "assessment", null, "re-inspects audit " + earlierId);
        audit.record(earlierId, actor, "FOLLOW_UP", "assessment", null, "re-inspected by audit " + followUp.id());
        return followUp;
    }

    /** The audit this one re-inspects, if it is a re-inspection. */
    @Transactional(readOnly = true)
    public Optional<Long> earlierOf(long assessmentId) {
        return followUps.findById(assessmentId).map(AuditFollowUp::earlierId);
    }

    /** The re-inspection of this audit, if one is started. */
    @Transactional(readOnly = true)
    public Optional<Long> followUpOf(long earlierId) {
        return followUps.findByEarlierId(earlierId).map(AuditFollowUp::assessmentId);
    }

    /** The re-inspection beside the audit it follows up, per earlier eis or waarschuwing. */
    @Transactional(readOnly = true)
    public Reinspection review(long followUpId) {
        AuditFollowUp link = followUps.findById(followUpId).orElseThrow(() -> DomainException.notFound(
                "Assessment " + followUpId + " is not a re-inspection", "followUp.notFound", followUpId));
        Assessment followUp = assessmentService.get(followUpId);
        Organisation organisation = organisations.get(followUp.organisationId());
        Questionnaire questionnaire = catalog.find(followUp.questionnaireId()).orElseThrow();
        boolean submitted = followUp.status() == Assessment.Status.SUBMITTED;
        LocalDate checkedOn = submitted ? LocalDate.ofInstant(followUp.submittedAt(), NL) : LocalDate.now(clock.withZone(NL));
        Result result = submitted ? assessmentService.latestResult(followUpId).result() : null;
        Map<String, AuditVerdict> now = new HashMap<>();
        audits.verdicts(followUpId).forEach(v -> now.put(v.key().topic(), v));
        Optional<FineScale> fines = catalog.legal().fines();
        List<Reinspection.DemandCheck> checks = new ArrayList<>();
        for (AuditVerdict earlier : audits.verdicts(link.earlierId())) {
            if (!earlier.verdict().demands()) {
                continue;
            }
            String topic = earlier.key().topic();
            AuditVerdict verdictNow = now.get(topic);
            // a topic a later questionnaire version dropped has no level in the re-inspection
            Integer levelNow = result == null ? null : result.topics().stream().filter(t -> t.topic().equals(topic))
                    .map(TopicResult::level).findFirst().orElse(null);
            Reinspection.Outcome outcome = outcome(verdictNow, levelNow);
            boolean passed = earlier.deadline() == null || checkedOn.isAfter(earlier.deadline());
            boolean repeat = outcome == Reinspection.Outcome.NOT_MET && passed;
            IndicativeFine fine = repeat ? fine(questionnaire.topic(topic), fines, organisation.employees()) : null;
            checks.add(new Reinspection.DemandCheck(topic, earlier.verdict(), earlier.note(), earlier.deadline(),
                    verdictNow == null ? null : verdictNow.verdict(), levelNow, outcome,
                    earlier.deadline() != null && passed, repeat, fine));
        }
        return new Reinspection(followUpId, link.earlierId(), organisation.id(), questionnaire.id(), followUp.status(),
                checkedOn, organisation.employees(), fines.map(FineScale::source).orElse(null),
                Reinspection.FINE_NOTICE, checks);
    }

    private static Reinspection.Outcome outcome(AuditVerdict verdictNow, Integer levelNow) {
        if (verdictNow != null) {
            return verdictNow.verdict().demands() ? Reinspection.Outcome.NOT_MET : Reinspection.Outcome.MET;
        }
        if (levelNow == null) {
            return Reinspection.Outcome.NOT_YET_JUDGED;
        }
        return levelNow >= IN_PLACE ? Reinspection.Outcome.MET : Reinspection.Outcome.NOT_MET;
    }

    /**
     * The heaviest indicative fine among the topic's provisions of law that have a fine category; of equal ones the
     * provision the topic cites first.
     */
    private static IndicativeFine fine(Optional<Topic> topic, Optional<FineScale> fines, int employees) {
        if (topic.isEmpty() || fines.isEmpty()) {
            return null;
        }
        return topic.get().legal().stream()
                .filter(p -> p.kind() == LegalProvision.Kind.LAW && p.fineCategory() != null)
                .flatMap(p -> fines.get().indicative(p, employees).stream())
                .reduce((first, next) -> next.amount() > first.amount() ? next : first)
                .orElse(null);
    }
}
