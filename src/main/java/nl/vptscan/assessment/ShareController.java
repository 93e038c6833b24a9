package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import nl.vptscan.problem.ProblemResponses;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import nl.vptscan.access.Caller;

import java.net.URI;
import java.util.List;

/** Sharing a self-assessment with an inspector, and revoking the share. */
@ProblemResponses
@Controller("/api/assessments/{id}/shares")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ShareController {

    private final ShareService shares;

    ShareController(ShareService shares) {
        this.shares = shares;
    }

    /** With whom to share: an inspector's user name, or an audit of the organisation whose inspector it is. */
    @Serdeable
    record NewShare(@Nullable String inspector, @Nullable Long auditId) {
    }

    @Get
    List<Share> list(long id, Caller caller) {
        return shares.shares(caller, id);
    }

    @Post
    HttpResponse<Share> share(long id, @Body NewShare body, Caller caller) {
        Share share = shares.share(caller, id, body.inspector(), body.auditId());
        return HttpResponse.created(share, URI.create("/api/assessments/" + id + "/shares/" + share.id()));
    }

    @Delete("/{shareId}")
    HttpResponse<Void> revoke(long id, long shareId, Caller caller) {
        shares.revoke(caller, id, shareId);
        return HttpResponse.noContent();
    }
}
