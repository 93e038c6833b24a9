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

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
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
     * Takes back an edited plan workbook: every recognised row's owner, due date, status, cost and remarks are
     * applied, or, when any row is wrong, nothing is.
     */
    @Transactional
    public ImportSummary importWorkbook(long assessmentId, byte[] upload, String actor) {
        Map<Long, ImprovementAction> existing = new LinkedHashMap<>();
        plan(assessmentId).forEach(a -> existing.put(a.id(), a));
        Map<Long, ActionEdit> edits = PlanImport.read(upload, assessmentId, existing);
        int changed = applyAll(assessmentId, edits, actor);
        return new ImportSummary(edits.size(), changed);
    }

    /** What an import did: rows recognised, actions changed. */
    @io.micronaut.serde.annotation.Serdeable
    public record ImportSummary(int rows, int changed) {
    }

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

    /** Applies edits that were all checked before; one transaction, each changed field audited. */
    @Transactional
    public int applyAll(long assessmentId, Map<Long, ActionEdit> edits, String actor) {
        int changed = 0;
        for (var entry : edits.entrySet()) {
            ImprovementAction action = actions.findByIdAndAssessmentId(entry.getKey(), assessmentId).orElseThrow();
            if (!ActionEdit.of(action).equals(entry.getValue())) {
                apply(action, entry.getValue(), actor);
                changed++;
            }
        }
        return changed;
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
