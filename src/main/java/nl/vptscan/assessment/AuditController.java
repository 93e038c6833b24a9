package nl.vptscan.assessment;

import nl.vptscan.problem.ProblemResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.vptscan.access.Caller;
import nl.vptscan.access.Role;
import nl.vptscan.assessment.AssessmentAccess.Need;
import nl.vptscan.problem.DomainException;

import java.util.List;
import java.util.Map;

/** Inspector audits: verdicts per topic, and the audit beside the self-assessment. */
@ProblemResponses
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class AuditController {

    private final AuditService audits;
    private final AssessmentAccess access;

    AuditController(AuditService audits, AssessmentAccess access) {
        this.audits = audits;
        this.access = access;
    }

    @Serdeable
    record Verdicts(@NotNull Map<String, @Valid VerdictInput> verdicts) {
    }

    @Get("/assessments/{id}/verdicts")
    List<AuditVerdict> verdicts(long id, Caller caller) {
        access.assessment(caller, id, Need.RESULTS);
        return audits.verdicts(id);
    }

    @Put("/assessments/{id}/verdicts")
    List<AuditVerdict> saveVerdicts(long id, @Valid @Body Verdicts body, Caller caller) {
        access.assessment(caller, id, Need.WRITE);
        return audits.saveVerdicts(id, body.verdicts(), caller.username());
    }

    @Get("/organisations/{id}/comparison")
    Comparison comparison(long id, @Nullable @QueryValue String questionnaire, Caller caller) {
        if (caller.is(Role.REGION_COORDINATOR)) {
            throw DomainException.forbidden("Comparisons are for inspectors and the organisation", "comparison.forbidden");
        }
        access.organisationResults(caller, id);
        return audits.compare(id, questionnaire, a -> !caller.is(Role.INSPECTOR) || caller.username().equals(a.createdBy()),
                a -> access.listed(caller, a));
    }
}
