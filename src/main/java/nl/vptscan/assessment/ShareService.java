package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.access.Caller;
import nl.vptscan.access.Role;
import nl.vptscan.access.UserService;
import nl.vptscan.access.UserView;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import nl.vptscan.scoring.fact.AssessmentContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An organisation shares a submitted self-assessment with a named inspector, and revokes the share; both are
 * recorded in the assessment's audit trail. Only a shared self-assessment is one an inspector may read.
 */
@Singleton
public class ShareService {

    /** The audit trail kinds of a share and of its revocation. */
    static final String SHARED = "SHARE";
    static final String REVOKED = "UNSHARE";

    private final AssessmentShareRepository shares;
    private final AssessmentRepository assessments;
    private final AssessmentAccess access;
    private final UserService users;
    private final AuditTrail audit;
    private final Clock clock;

    ShareService(AssessmentShareRepository shares, AssessmentRepository assessments, AssessmentAccess access,
                 UserService users, AuditTrail audit, Clock clock) {
        this.shares = shares;
        this.assessments = assessments;
        this.access = access;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every share of the assessment, revoked ones included, oldest first. */
    @Transactional(readOnly = true)
    public List<Share> shares(Caller caller, long assessmentId) {
        access.shares(caller, assessmentId);
        return shares.findByAssessmentIdOrderById(assessmentId).stream().map(Share::of).toList();
    }

    /** The user names of the inspectors an assessment can be shared with. */
    @Transactional(readOnly = true)
    public List<String> inspectors() {
        return users.list().stream().filter(u -> u.role() == Role.INSPECTOR).map(UserView::username).toList();
    }

    /**
     * Shares the submitted self-assessment with the inspector named, or with the inspector of the given audit of
     * the same organisation; exactly one of the two.
     */
    @Transactional
    public Share share(Caller caller, long assessmentId, @Nullable String inspector, @Nullable Long auditId) {
        access.shares(caller, assessmentId);
        boolean named = inspector != null && !inspector.isBlank();
        if (named == (auditId != null)) {
            String problem = named ? "give an inspector or an audit, not both" : "give an inspector or an audit";
            String code = named ? "share.inspectorOrAudit.both" : "share.inspectorOrAudit.none";
            throw DomainException.invalid("Name the inspector to share with", List.of(
                    FieldError.coded("inspector", problem, code), FieldError.coded("auditId", problem, code)));
        }
        Assessment assessment = assessments.findByIdForUpdate(assessmentId).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        if (assessment.kind() != AssessmentContext.Kind.SELF) {
            errors.add(FieldError.coded("id", "only a self-assessment is shared; an audit is the inspector's own",
                    "share.notSelf"));
        } else if (assessment.status() != Assessment.Status.SUBMITTED) {
            errors.add(FieldError.coded("id", "the self-assessment is not submitted yet", "share.notSubmitted"));
        }
        String who = named ? inspector.strip() : inspectorOf(assessment, auditId, errors);
        if (named) {
            Optional<UserView> user = users.list().stream().filter(u -> u.username().equals(who)).findFirst();
            if (user.isEmpty()) {
                errors.add(FieldError.coded("inspector", "no user with this name", "share.noSuchUser", inspector.strip()));
            } else if (user.get().role() != Role.INSPECTOR) {
                errors.add(FieldError.coded("inspector", "this user is not an inspector", "share.notInspector",
                        inspector.strip()));
            }
        }
        if (errors.isEmpty() && shares.existsByAssessmentIdAndInspectorAndRevokedAtIsNull(assessmentId, who)) {
            errors.add(FieldError.coded(named ? "inspector" : "auditId", "already shared with " + who, "share.already",
                    who));
        }
        if (!errors.isEmpty()) {
            throw DomainException.incomplete("The self-assessment was not shared", errors);
        }
        AssessmentShare share = shares.save(new AssessmentShare(null, assessmentId, who, caller.username(),
                clock.instant(), null, null));
        audit.record(assessmentId, caller.username(), SHARED, who, null, "shared with " + who);
        return Share.of(share);
    }

    /** Revokes an active share: from now on the inspector reads the self-assessment no more. */
    @Transactional
    public void revoke(Caller caller, long assessmentId, long shareId) {
        access.shares(caller, assessmentId);
        assessments.findByIdForUpdate(assessmentId).orElseThrow();
        AssessmentShare share = shares.findById(shareId)
                .filter(s -> s.assessmentId() == assessmentId && s.active())
                .orElseThrow(() -> DomainException.notFound("No active share " + shareId + " of assessment " + assessmentId,
                        "share.notFound"));
        shares.update(share.revoked(caller.username(), clock.instant()));
        audit.record(assessmentId, caller.username(), REVOKED, share.inspector(), "shared with " + share.inspector(), null);
    }

    private String inspectorOf(Assessment assessment, long auditId, List<FieldError> errors) {
        Optional<Assessment> audit = assessments.findById(auditId)
                .filter(a -> a.kind() == AssessmentContext.Kind.AUDIT)
                .filter(a -> a.organisationId().equals(assessment.organisationId()));
        if (audit.isEmpty()) {
            errors.add(FieldError.coded("auditId", "not an audit of this organisation", "share.auditOfOther"));
            return null;
        }
        return audit.get().createdBy();
    }
}
