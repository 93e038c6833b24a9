package nl.vptscan.improvementplan;

import io.micrometer.core.annotation.Timed;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentService;
import nl.vptscan.assessment.AuditTrail;
import nl.vptscan.assessment.OrganisationService;
import nl.vptscan.assessment.StoredResult;
import nl.vptscan.evidence.AttachmentService;
import io.micronaut.data.exceptions.OptimisticLockException;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The plan van aanpak of a submitted assessment: read it, edit an action, or take back an edited workbook. */
@Singleton
public class ImprovementPlanService {

    static final String VERSION = "version";

    static final Comparator<ImprovementAction> PLAN_ORDER = Comparator.comparingInt(ImprovementAction::priority)
            .thenComparing(ImprovementAction::dueDate).thenComparingInt(ImprovementAction::position);

    private final ImprovementActionRepository actions;
    private final PlanAdoptionRepository adoptions;
    private final AttachmentService attachments;
    private final AssessmentService assessments;
    private final OrganisationService organisations;
    private final QuestionnaireCatalog catalog;
    private final AuditTrail audit;
    private final Clock clock;

    ImprovementPlanService(ImprovementActionRepository actions, PlanAdoptionRepository adoptions,
                           AttachmentService attachments, AssessmentService assessments,
                           OrganisationService organisations, QuestionnaireCatalog catalog, AuditTrail audit,
                           Clock clock) {
        this.actions = actions;
        this.adoptions = adoptions;
        this.attachments = attachments;
        this.assessments = assessments;
        this.organisations = organisations;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** Writes the plan workbook of a submitted assessment in the language asked for. */
    @Timed(value = "vptscan.workbook", extraTags = {"workbook", "plan"}, description = "Building a workbook")
    public void writeWorkbook(long assessmentId, String lang, OutputStream out) throws IOException {
        // each read takes a connection only for itself; building the workbook holds none
        PlanWorkbook.write(document(assessmentId, lang), out);
    }

    private PlanDocument document(long assessmentId, String lang) {
        List<ImprovementAction> plan = plan(assessmentId);
        Assessment assessment = assessments.get(assessmentId);
        StoredResult result = assessments.submittedResult(assessmentId);
        Questionnaire questionnaire = catalog.find(assessment.questionnaireId()).orElseThrow();
        return new PlanDocument(organisations.get(assessment.organisationId()), assessment, questionnaire,
                result, plan, assessments.answers(assessmentId), adoptions.findById(assessmentId).orElse(null),
                attachments.byQuestion(assessmentId), lang, LocalDate.now(clock));
    }

    /**
     * Takes back an edited plan workbook. When any cell is wrong nothing is applied. Otherwise every row downloaded
     * at its action's current version is applied; a row of an action changed since it was downloaded is refused,
     * never rolled back over the newer change, unless it holds exactly the current values. Every row's fate is told.
     */
    @Transactional
    public ImportSummary importWorkbook(long assessmentId, byte[] upload, String actor) {
        Map<Long, ImprovementAction> existing = new LinkedHashMap<>();
        plan(assessmentId).forEach(a -> existing.put(a.id(), a));
        List<RowOutcome> outcomes = new ArrayList<>();
        int changed = 0;
        int refused = 0;
        for (PlanImport.Row row : PlanImport.read(upload, assessmentId, existing).values()) {
            ImprovementAction action = existing.get(row.actionId());
            boolean same = ActionEdit.of(action).equals(row.edit());
            Outcome outcome;
            String message;
            if (row.version() != action.version() && !same) {
                outcome = Outcome.REFUSED;
                message = "action " + action.number() + " was changed after this copy was downloaded (version "
                        + row.version() + ", now " + action.version() + "); this row was not applied: download the"
                        + " plan again and make the change there";
                refused++;
            } else if (same) {
                outcome = Outcome.UNCHANGED;
                message = "no change";
            } else {
                apply(action, row.edit(), actor);
                outcome = Outcome.CHANGED;
                message = "changed";
                changed++;
            }
            outcomes.add(new RowOutcome(row.row(), action.number(), action.id(), row.version(), action.version(), outcome,
                    message, row.notes()));
        }
        return new ImportSummary(outcomes.size(), changed, refused, outcomes);
    }

    /** What an import did: rows recognised, actions changed, rows refused as stale, and each row's fate. */
    @Serdeable
    public record ImportSummary(int rows, int changed, int refused, List<RowOutcome> outcomes) {
        public ImportSummary {
            outcomes = List.copyOf(outcomes);
        }
    }

    /**
     * What happened to one row of an uploaded plan: its sheet row, the action's number and id, the version the row
     * was downloaded at and the action's version before the upload, the fate and why, and what was read how.
     */
    @Serdeable
    public record RowOutcome(int row, int nr, long actionId, long rowVersion, long actionVersion, Outcome outcome,
                             String message, List<Note> notes) {
        public RowOutcome {
            notes = List.copyOf(notes);
        }
    }

    /** A value written in another notation than the plan's own, and how it was read. */
    @Serdeable
    public record Note(String field, String written, String readAs) {
    }

    /** The fate of a row: applied, nothing to apply, or refused because its action changed after the download. */
    public enum Outcome { CHANGED, UNCHANGED, REFUSED }

    /** Who adopted the plan of a submitted assessment and when, and whether the works council was consulted. */
    @Transactional(readOnly = true)
    public java.util.Optional<PlanAdoption> adoption(long assessmentId) {
        submitted(assessmentId);
        return adoptions.findById(assessmentId);
    }

    /**
     * Records (or corrects) who adopted the plan and when and whether the works council was consulted; each changed
     * field goes into the audit trail.
     */
    @Transactional
    public PlanAdoption adopt(long assessmentId, Map<String, Object> input, String actor) {
        submitted(assessmentId);
        PlanAdoption adoption = AdoptionInput.read(assessmentId, input,
                LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Amsterdam")), actor, clock.instant());
        java.util.Optional<PlanAdoption> old = adoptions.findById(assessmentId);
        PlanAdoption saved = old.isPresent() ? adoptions.update(adoption) : adoptions.save(adoption);
        auditAdoption(assessmentId, actor, "adoptedBy", old.map(PlanAdoption::adoptedBy).orElse(null), adoption.adoptedBy());
        auditAdoption(assessmentId, actor, "adoptedOn", old.map(PlanAdoption::adoptedOn).orElse(null), adoption.adoptedOn());
        auditAdoption(assessmentId, actor, "worksCouncilConsulted",
                old.map(PlanAdoption::worksCouncilConsulted).orElse(null), adoption.worksCouncilConsulted());
        auditAdoption(assessmentId, actor, "worksCouncilOn", old.map(PlanAdoption::worksCouncilOn).orElse(null),
                adoption.worksCouncilOn());
        return saved;
    }

    private void auditAdoption(long assessmentId, String actor, String field, Object old, Object next) {
        if (!Objects.equals(old, next)) {
            audit.record(assessmentId, actor, "PLAN", "plan " + field, old == null ? null : old.toString(),
                    next == null ? null : next.toString());
        }
    }

    private void submitted(long assessmentId) {
        if (assessments.get(assessmentId).status() != Assessment.Status.SUBMITTED) {
            throw DomainException.conflict("Assessment " + assessmentId + " is a draft; its plan is made when it is submitted",
                    "plan.draft");
        }
    }

    /** The actions sorted by priority, then due date. */
    @Transactional(readOnly = true)
    public List<ImprovementAction> plan(long assessmentId) {
        submitted(assessmentId);
        return actions.findByAssessmentIdOrderByPosition(assessmentId).stream().sorted(PLAN_ORDER).toList();
    }

    /**
     * Applies a merge patch to one action. A {@code version} in the patch is the version the editor read: when the
     * action has changed since, the edit is refused, never applied over the newer one.
     */
    @Transactional
    public ImprovementAction edit(long assessmentId, long actionId, Map<String, Object> patch, String actor) {
        ImprovementAction action = action(assessmentId, actionId);
        Map<String, Object> fields = new LinkedHashMap<>(patch);
        Object version = fields.remove(VERSION);
        List<FieldError> errors = new ArrayList<>();
        Long read = patch.containsKey(VERSION) ? version(version, VERSION, errors) : null;
        ActionEdit edit = null;
        try {
            edit = ActionPatch.apply(ActionEdit.of(action), fields);
        } catch (DomainException e) {
            errors.addAll(e.errors());
        }
        if (edit != null) {
            errors.addAll(orderProblems(assessmentId, Map.of(action, edit), number -> "dependsOn"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("Invalid change to the action; nothing was changed", errors);
        }
        if (read != null && !read.equals(action.version()) && !ActionEdit.of(action).equals(edit)) {
            throw stale(List.of(action));
        }
        return apply(action, edit, actor);
    }

    /**
     * Applies merge patches to several actions of one plan at once, each with the version its editor read: every
     * patch is checked first, and when any is wrong or crosses a newer edit by someone else, none is applied.
     * Returns how many actions changed.
     */
    @Transactional
    public int editAll(long assessmentId, Map<Long, Map<String, Object>> patches, String actor) {
        List<FieldError> errors = new ArrayList<>();
        List<ImprovementAction> stale = new ArrayList<>();
        Map<ImprovementAction, ActionEdit> edits = new LinkedHashMap<>();
        for (var entry : patches.entrySet()) {
            ImprovementAction action = action(assessmentId, entry.getKey());
            String prefix = "actions." + action.id() + ".";
            Map<String, Object> fields = new LinkedHashMap<>(entry.getValue());
            List<FieldError> own = new ArrayList<>();
            Long read = fields.containsKey(VERSION) ? version(fields.remove(VERSION), VERSION, own) : null;
            try {
                ActionEdit edit = ActionPatch.apply(ActionEdit.of(action), fields);
                if (read != null && !read.equals(action.version()) && !ActionEdit.of(action).equals(edit)) {
                    stale.add(action);
                }
                edits.put(action, edit);
            } catch (DomainException e) {
                own.addAll(e.errors());
            }
            own.forEach(e -> errors.add(new FieldError(prefix + e.field(), e.message(), e.code(), e.params(),
                    FieldError.Place.item(action.id(), e.field()))));
        }
        if (errors.isEmpty()) {
            Map<Integer, Long> idByNumber = new LinkedHashMap<>();
            actions.findByAssessmentIdOrderByPosition(assessmentId).forEach(a -> idByNumber.put(a.number(), a.id()));
            Map<String, FieldError.Place> places = new LinkedHashMap<>();
            errors.addAll(orderProblems(assessmentId, edits, number -> {
                long id = idByNumber.getOrDefault(number, 0L);
                places.put("actions." + id + ".dependsOn", FieldError.Place.item(id, "dependsOn"));
                return "actions." + id + ".dependsOn";
            }).stream().map(e -> e.at(places.get(e.field()))).toList());
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors.size() + " field(s) of the plan rejected; nothing was changed", errors);
        }
        if (!stale.isEmpty()) {
            throw stale(stale);
        }
        int changed = 0;
        for (var entry : edits.entrySet()) {
            if (!ActionEdit.of(entry.getKey()).equals(entry.getValue())) {
                apply(entry.getKey(), entry.getValue(), actor);
                changed++;
            }
        }
        return changed;
    }

    /** What is wrong with the plan's order once these edits are made: a missing action or a circle. */
    private List<FieldError> orderProblems(long assessmentId, Map<ImprovementAction, ActionEdit> edits,
                                           java.util.function.Function<Integer, String> field) {
        Map<Integer, List<Integer>> order = new LinkedHashMap<>();
        actions.findByAssessmentIdOrderByPosition(assessmentId).forEach(a -> order.put(a.number(), a.dependsOn()));
        edits.forEach((action, edit) -> order.put(action.number(), edit.dependsOn()));
        return PlanOrder.problems(order, field);
    }

    private ImprovementAction action(long assessmentId, long actionId) {
        return actions.findByIdAndAssessmentId(actionId, assessmentId).orElseThrow(
                () -> DomainException.notFound("No action " + actionId + " in the plan of assessment " + assessmentId,
                        "plan.actionNotFound", actionId));
    }

    private static Long version(Object raw, String field, List<FieldError> errors) {
        if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.longValue() >= 0) {
            return n.longValue();
        }
        if (raw instanceof String s && s.strip().matches("\\d{1,18}")) {
            return Long.valueOf(s.strip());
        }
        errors.add(FieldError.coded(field, "expected the version of the action as it was read", "plan.version"));
        return null;
    }

    /** The refusal of edits that cross newer ones: each stale action named, with who may have changed it. */
    private static DomainException stale(List<ImprovementAction> stale) {
        List<FieldError> errors = stale.stream().map(a -> FieldError.coded("actions." + a.id(),
                "changed by someone else since it was read (now version " + a.version() + "); read it again",
                "plan.stale", a.version()).at(FieldError.Place.item(a.id(), null))).toList();
        return new DomainException(DomainException.Kind.CONFLICT,
                "The plan was changed by someone else since it was read; nothing was changed", "plan.stale",
                List.of(), errors);
    }

    private ImprovementAction apply(ImprovementAction action, ActionEdit edit, String actor) {
        ActionEdit old = ActionEdit.of(action);
        if (old.equals(edit)) {
            return action;
        }
        Instant now = clock.instant();
        ImprovementAction updated;
        try {
            updated = actions.update(action.with(edit, now));
        } catch (OptimisticLockException e) {
            throw stale(List.of(action));
        }
        String subject = "action " + action.id() + " ";
        auditIfChanged(action, actor, subject + "priority", old.priority(), edit.priority());
        auditIfChanged(action, actor, subject + "owner", old.owner(), edit.owner());
        auditIfChanged(action, actor, subject + "dueDate", old.dueDate(), edit.dueDate());
        auditIfChanged(action, actor, subject + "status", old.status(), edit.status());
        auditIfChanged(action, actor, subject + "costEstimate", old.costEstimate(), edit.costEstimate());
        auditIfChanged(action, actor, subject + "remarks", old.remarks(), edit.remarks());
        auditIfChanged(action, actor, subject + "dependsOn", ActionNumbers.format(old.dependsOn()),
                ActionNumbers.format(edit.dependsOn()));
        return updated;
    }

    private void auditIfChanged(ImprovementAction action, String actor, String subject, Object old, Object next) {
        if (!Objects.equals(old, next)) {
            audit.record(action.assessmentId(), actor, "PLAN", subject,
                    old == null ? null : old.toString(), next == null ? null : next.toString());
        }
    }
}
