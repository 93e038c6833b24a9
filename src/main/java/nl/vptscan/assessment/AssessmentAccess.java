package nl.vptscan.assessment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.access.Caller;
import nl.vptscan.access.Role;
import nl.vptscan.problem.DomainException;
import nl.vptscan.scoring.fact.AssessmentContext;

import java.util.List;
import java.util.Objects;

/**
 * Who may see and change which organisation's assessments. Each check returns what it guards or fails with 403;
 * an unknown id is 404 whoever asks. A self-assessment is its organisation's own: an inspector reads it only while
 * the organisation shares it with them ({@link ShareService}), never by starting an audit.
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
    private final AssessmentShareRepository shares;

    AssessmentAccess(AssessmentRepository assessments, OrganisationService organisations, AssessmentShareRepository shares) {
        this.assessments = assessments;
        this.organisations = organisations;
        this.shares = shares;
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

    /**
     * The organisation, when the caller may see figures drawn from its latest self-assessments (its member
     * benchmark): its employers, its region's coordinator, administrators; not inspectors, who read only the
     * self-assessments shared with them.
     */
    @Transactional(readOnly = true)
    public Organisation organisationSelfResults(Caller caller, long organisationId) {
        Organisation organisation = organisations.get(organisationId);
        return require(readsSelfResults(caller, organisation), organisation,
                "the self-assessment figures of organisation " + organisationId);
    }

    /** Whether the caller may see figures drawn from the organisation's latest self-assessments; for a report. */
    @Transactional(readOnly = true)
    public boolean mayReadSelfResults(Caller caller, long organisationId) {
        return readsSelfResults(caller, organisations.get(organisationId));
    }

    private boolean readsSelfResults(Caller caller, Organisation organisation) {
        return !caller.is(Role.INSPECTOR) && readsResults(caller, organisation);
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
            case INSPECTOR -> audits(caller, organisation.id())
                    || shares.countSharedOfOrganisation(organisation.id(), caller.username()) > 0;
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

    /**
     * The assessment, when the caller may do what it needs with it. Outside a caller's transaction it reads without
     * one, in auto-commit: a read-only transaction around its one or two statements would cost three more round
     * trips to the database (autocommit off, commit, autocommit on) on every request that checks access.
     */
    public Assessment assessment(Caller caller, long assessmentId, Need need) {
        Assessment assessment = find(assessmentId);
        return require(allows(caller, assessment, need), assessment, need.name().toLowerCase() + " of assessment " + assessmentId);
    }

    /**
     * The assessment, when the caller may share it and revoke its shares: the organisation's employers, and
     * administrators on the organisation's behalf.
     */
    @Transactional(readOnly = true)
    public Assessment shares(Caller caller, long assessmentId) {
        Assessment assessment = find(assessmentId);
        return require(mayShare(caller, assessment), assessment, "the shares of assessment " + assessmentId);
    }

    /** Whether the caller may share the assessment and revoke its shares; for a page that offers it only then. */
    public boolean mayShare(Caller caller, Assessment assessment) {
        return switch (caller.role()) {
            case ADMIN -> true;
            case EMPLOYER -> Objects.equals(caller.organisationId(), assessment.organisationId());
            case INSPECTOR, REGION_COORDINATOR -> false;
        };
    }

    /** Whether the caller may do this with the assessment; for a page that offers an action only when allowed. */
    @Transactional(readOnly = true)
    public boolean may(Caller caller, long assessmentId, Need need) {
        return allows(caller, find(assessmentId), need);
    }

    private Assessment find(long assessmentId) {
        return assessments.findById(assessmentId)
                .orElseThrow(() -> DomainException.notFound("No assessment with id " + assessmentId, "assessment.notFound",
                        assessmentId));
    }

    /** Reads the organisation only for a region coordinator, who is allowed by its region. */
    private boolean allows(Caller caller, Assessment assessment, Need need) {
        boolean self = assessment.kind() == AssessmentContext.Kind.SELF;
        return switch (caller.role()) {
            case ADMIN -> true;
            case EMPLOYER -> Objects.equals(caller.organisationId(), assessment.organisationId())
                    && (need != Need.WRITE || self);
            case INSPECTOR -> !self && caller.username().equals(assessment.createdBy())
                    || self && need != Need.WRITE && sharedWith(caller, assessment);
            case REGION_COORDINATOR -> self && need == Need.RESULTS
                    && member(caller, organisations.get(assessment.organisationId()));
        };
    }

    /** Whether the assessment is one the caller may see in an organisation's list. */
    public boolean listed(Caller caller, Assessment assessment) {
        return switch (caller.role()) {
            case ADMIN, EMPLOYER -> true;
            case INSPECTOR -> assessment.kind() == AssessmentContext.Kind.SELF
                    ? sharedWith(caller, assessment) : caller.username().equals(assessment.createdBy());
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

    /** A self-assessment its organisation shares with this inspector now. */
    private boolean sharedWith(Caller caller, Assessment assessment) {
        return shares.existsByAssessmentIdAndInspectorAndRevokedAtIsNull(assessment.id(), caller.username());
    }

    private static boolean own(Caller caller, Organisation organisation) {
        return Objects.equals(caller.organisationId(), organisation.id());
    }

    private static boolean member(Caller caller, Organisation organisation) {
        return caller.regionId() != null && Objects.equals(caller.regionId(), organisation.regionId());
    }

    private static <T> T require(boolean allowed, T subject, String what) {
        if (!allowed) {
            throw DomainException.forbidden("You may not access " + what, "access.forbidden");
        }
        return subject;
    }
}
