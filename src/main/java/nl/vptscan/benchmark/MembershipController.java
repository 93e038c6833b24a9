package nl.vptscan.benchmark;

import nl.vptscan.problem.ProblemResponses;
import io.micronaut.security.annotation.Secured;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import nl.vptscan.assessment.Organisation;

import java.time.LocalDate;

/** Adds an organisation to a region (optionally from a given date) or takes it out. */
@ProblemResponses
@Controller("/api/regions/{id}/members/{organisationId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class MembershipController {

    private final Membership membership;

    MembershipController(Membership membership) {
        this.membership = membership;
    }

    /** When membership starts; today when left out. */
    @Serdeable
    record MembershipInput(@Nullable LocalDate since) {
    }

    @Put
    Organisation join(long id, long organisationId, @Nullable @Body MembershipInput input) {
        return membership.join(id, organisationId, input == null ? null : input.since());
    }

    @Delete
    @Status(HttpStatus.NO_CONTENT)
    void leave(long id, long organisationId) {
        membership.leave(id, organisationId);
    }
}
