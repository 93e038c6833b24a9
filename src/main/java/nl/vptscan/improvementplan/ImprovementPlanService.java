package nl.vptscan.improvementplan;

import io.micrometer.core.annotation.Timed;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentService;
import nl.vptscan.assessment.AuditTrail;
import nl.vptscan.assessment.OrganisationService;
import nl.vptscan.assessment.StoredResult;
import nl.vptscan.problem.ApiException;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The plan van aanpak of a submitted assessment: read it, edit an action, or take back an edited workbook. */
@Singleton
public class ImprovementPlanService {

    static final Comparator<ImprovementAction> PLAN_ORDER = Comparator.comparingInt(ImprovementAction::priority)
            .thenComparing(ImprovementAction::dueDate).thenComparingInt(ImprovementAction::position);

    private final ImprovementActionRepository actions;
    private final AssessmentService assessments;
    private final OrganisationService organisations;
    private final QuestionnaireCatalog catalog;
    private final AuditTrail audit;
    private final Clock clock;

    ImprovementPlanService(ImprovementActionRepository actions, AssessmentService assessments,
                           OrganisationService organisations, QuestionnaireCatalog catalog, AuditTrail audit,
                           Clock clock) {
        this.actions = actions;
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
                result, plan, assessments.answers(assessmentId), lang, LocalDate.now(clock));
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
    public record RowOutcome(int row, int nr, long actionId, int rowVersion, int actionVersion, Outcome outcome,
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

    /** The actions sorted by priority, then due date. */
    @Transactional(readOnly = true)
    public List<ImprovementAction> plan(long assessmentId) {
        Assessment assessment = assessments.get(assessmentId);
        if (assessment.status() != Assessment.Status.SUBMITTED) {
            throw ApiException.conflict("Assessment " + assessmentId + " is a draft; its plan is made when it is submitted");
        }
        return actions.findByAssessmentIdOrderByPosition(assessmentId).stream().sorted(PLAN_ORDER).toList();
    }

    @Transactional
    public ImprovementAction edit(long assessmentId, long actionId, Map<String, Object> patch, String actor) {
        ImprovementAction action = actions.findByIdAndAssessmentId(actionId, assessmentId).orElseThrow(
                () -> ApiException.notFound("No action " + actionId + " in the plan of assessment " + assessmentId));
        return apply(action, ActionPatch.apply(ActionEdit.of(action), patch), actor);
    }

    private ImprovementAction apply(ImprovementAction action, ActionEdit edit, String actor) {
        ActionEdit old = ActionEdit.of(action);
        if (old.equals(edit)) {
            return action;
        }
        Instant now = clock.instant();
        ImprovementAction updated = actions.update(action.with(edit, now));
        String subject = "action " + action.id() + " ";
        auditIfChanged(action, actor, subject + "priority", old.priority(), edit.priority());
        auditIfChanged(action, actor, subject + "owner", old.owner(), edit.owner());
        auditIfChanged(action, actor, subject + "dueDate", old.dueDate(), edit.dueDate());
        auditIfChanged(action, actor, subject + "status", old.status(), edit.status());
        auditIfChanged(action, actor, subject + "costEstimate", old.costEstimate(), edit.costEstimate());
        auditIfChanged(action, actor, subject + "remarks", old.remarks(), edit.remarks());
        return updated;
    }

    private void auditIfChanged(ImprovementAction action, String actor, String subject, Object old, Object next) {
        if (!Objects.equals(old, next)) {
            audit.record(action.assessmentId(), actor, "PLAN", subject,
                    old == null ? null : old.toString(), next == null ? null : next.toString());
        }
    }
}
