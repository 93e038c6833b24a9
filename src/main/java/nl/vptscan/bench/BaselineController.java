package nl.vptscan.bench;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.vptscan.scoring.QuickScanRequest;

/**
 * The two baselines of {@code scripts/bench.sh}: behind the same login check as the API, one does nothing and
 * one parses the quick-scan body into the same types and stops there.
 */
@Controller("/bench")
@Requires(property = "vptscan.bench.enabled", value = "true")
@Requires(notEnv = BareServer.ENVIRONMENT)
@Secured(SecurityRule.IS_AUTHENTICATED)
class BaselineController {

    @Get("/noop")
    @Status(HttpStatus.NO_CONTENT)
    void noop() {
    }

    @Post("/parse/{questionnaireId}")
    @Status(HttpStatus.NO_CONTENT)
    void parse(@PathVariable String questionnaireId, @Body QuickScanRequest body) {
        if (body.answers() == null) {
            throw new IllegalArgumentException("no answers in the body");
        }
    }
}
