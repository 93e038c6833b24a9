package nl.vptscan.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import nl.vptscan.problem.ProblemResponses;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/** {@code POST /api/logout}: ends the token of the request (bearer or cookie) on every instance. */
@ProblemResponses
@Controller("/api/logout")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class LogoutController {

    private final Logout logout;
    private final LoginHandler handler;

    LogoutController(Logout logout, LoginHandler handler) {
        this.logout = logout;
        this.handler = handler;
    }

    @Post
    MutableHttpResponse<?> logout(HttpRequest<?> request, Authentication authentication) {
        logout.end(authentication);
        MutableHttpResponse<?> response = HttpResponse.noContent();
        return PageLogin.token(request).isPresent() ? response.cookie(handler.cookie("", 0)) : response;
    }
}
