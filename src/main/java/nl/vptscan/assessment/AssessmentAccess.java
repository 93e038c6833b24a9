package nl.vptscan.assessment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.access.Caller;
import nl.vptscan.access.Role;
import nl.vptscan.problem.ApiException;
import nl.vptscan.scoring.fact.AssessmentContext;

import java.util.List;
import java.util.Objects;

/**
 * Who may see and change which organisation's assessments. Each check returns what it guards or fails with 403;
 * an unknown id is 404 whoever asks.
 */
@Singleton
public class AssessmentAccess {

    /** What a caller wants to do with an assessment. */
    public enum Need {
        /** Scores, findings and the plan: what coordinators of the organisation's region may see too. */
        RESULTS,
        /** Answers, comments, evidence notes and the audit trail. */
        DETAILS,
        /** Save answers, submit, re-score, edit the plan or the verdicts. */
        WRITE
    }

    private final AssessmentRepository assessments;
    private final OrganisationService organisations;

    AssessmentAccess(AssessmentRepository assessments, OrganisationService organisations) {
        this.assessments = assessments;
        this.organisations = organisations;
    }

    /** The organisation, when the caller may see it at all (its name, sector, size). */
    @Transactional(readOnly = true)
    public Organisation organisation(Caller caller, long organisationId) {
        Organisation organisation = organisations.get(organisationId);
        boolean allowed = switch (caller.role()) {
            case ADMIN, INSPECTOR -> true;
            case EMPLOYER -> own(caller, organisation);
            case REGION_COORDINATOR -> member(caller, organisation);
        };
        return require(allowed, organisation, "organisation " + organisationId);
    }

    /** The organisation, when the caller may see its assessments' results (history, benchmark view). */
    @Transactional(readOnly = true)
    public Organisation organisationResults(Caller caller, long organisationId) {
        Organisation organisation = organisations.get(organisationId);
        return require(readsResults(caller, organisation), organisation, "the results of organisation " + organisationId);
    }

    /** Whether the caller may see the organisation's results; for a page that shows them only when allowed. */
    @Transactional(readOnly = true)
    public boolean mayReadResults(Caller caller, long organisationId) {
        return readsResults(caller, organisations.get(organisationId));
    }

    private boolean readsResults(Caller caller, Organisation organisation) {
        return switch (caller.role()) {
            case ADMIN -> true;
            case EMPLOYER -> own(caller, organisation);
            case REGION_COORDINATOR -> member(caller, organisation);
            case INSPECTOR -> audits(caller, organisation.id());
        };
    }

    /** The organisations a caller may pick from. */
    @Transactional(readOnly = true)
    public List<Organisation> organisations(Caller caller) {
        return switch (caller.role()) {
            case ADMIN, INSPECTOR -> organisations.list();
            case EMPLOYER -> caller.organisationId() == null ? List.of() : List.of(organisations.get(caller.organisationId()));
            case REGION_COORDINATOR -> caller.regionId() == null ? List.of() : organisations.members(caller.regionId());
        };
    }

    /** Whether the caller may start an assessment of this kind for the organisation. */
    @Transactional(readOnly = true)
    public void create(Caller caller, long organisationId, AssessmentContext.Kind kind) {
        Organisation organisation = organisations.get(organisationId);
        boolean allowed = switch (caller.role()) {
            case ADMIN -> true;
            case EMPLOYER -> own(caller, organisation) && kind == AssessmentContext.Kind.SELF;
            case INSPECTOR -> kind == AssessmentContext.Kind.AUDIT;
            case REGION_COORDINATOR -> false;
        };
        require(allowed, organisation, "a " + kind + " assessment of organisation " + organisationId);
    }

    /** The assessment, when the caller may do what it needs with it. */
    @Transactional(readOnly = true)
    public Assessment assessment(Caller caller, long assessmentId, Need need) {
        Assessment assessment = find(assessmentId);
        return require(allows(caller, assessment, need), assessment, need.name().toLowerCase() + " of assessment " + assessmentId);
    }

    /** Whether the caller may do this with the assessment; for a page that offers an action only when allowed. */
    @Transactional(readOnly = true)
    public boolean may(Caller caller, long assessmentId, Need need) {
        return allows(caller, find(assessmentId), need);
    }

    private Assessment find(long assessmentId) {
        return assessments.findById(assessmentId)
                .orElseThrow(() -> ApiException.notFound("No assessment with id " + assessmentId));
    }

    private boolean allows(Caller caller, Assessment assessment, Need need) {
        Organisation organisation = organisations.get(assessment.organisationId());
        boolean self = assessment.kind() == AssessmentContext.Kind.SELF;
        return switch (caller.role()) {
            case ADMIN -> true;
            case EMPLOYER -> own(caller, organisation) && (need != Need.WRITE || self);
            case INSPECTOR -> !self && caller.username().equals(assessment.createdBy())
                    || self && need != Need.WRITE && audits(caller, organisation.id());
            case REGION_COORDINATOR -> member(caller, organisation) && self && need == Need.RESULTS;
        };
    }

    /** Whether the assessment is one the caller may see in an organisation's list. */
    public boolean listed(Caller caller, Assessment assessment) {
        return switch (caller.role()) {
            case ADMIN, EMPLOYER -> true;
            case INSPECTOR -> assessment.kind() == AssessmentContext.Kind.SELF
                    || caller.username().equals(assessment.createdBy());
            case REGION_COORDINATOR -> assessment.kind() == AssessmentContext.Kind.SELF;
        };
    }

    /** The region, when the caller coordinates it or is an administrator. */
    @Transactional(readOnly = true)
    public Region region(Caller caller, long regionId) {
        Region region = organisations.region(regionId);
        boolean allowed = caller.is(Role.ADMIN) || caller.is(Role.REGION_COORDINATOR) && Objects.equals(caller.regionId(), regionId);
        return require(allowed, region, "region " + regionId);
    }

    /** An inspector audits an organisation once it has started an audit of it. */
    private boolean audits(Caller caller, long organisationId) {
        return caller.is(Role.INSPECTOR) && assessments.existsByOrganisationIdAndKindAndCreatedBy(organisationId,
                AssessmentContext.Kind.AUDIT, caller.username());
    }

    private static boolean own(Caller caller, Organisation organisation) {
        return Objects.equals(caller.organisationId(), organisation.id());
    }

    private static boolean member(Caller caller, Organisation organisation) {
        return caller.regionId() != null && Objects.equals(caller.regionId(), organisation.regionId());
    }

    private static <T> T require(boolean allowed, T subject, String what) {
        if (!allowed) {
            throw new ApiException(io.micronaut.http.HttpStatus.FORBIDDEN, "You may not access " + what, List.of());
        }
        return subject;
    }
}
