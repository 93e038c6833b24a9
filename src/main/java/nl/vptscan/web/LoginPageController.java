package nl.vptscan.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.vptscan.access.PageLogin;

import java.util.Optional;

/**
 * The login page, and logging out (which ends the login token). A failed login never says whether the user exists;
 * a successful one returns to the page asked for ({@code terug}) when that is a page of this site.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginPageController {

    private final PageLogin login;
    private final CsrfTokens csrf;

    LoginPageController(PageLogin login, CsrfTokens csrf) {
        this.login = login;
        this.csrf = csrf;
    }

    @io.micronaut.serde.annotation.Serdeable
    record LoginForm(@Nullable String username, @Nullable String password, @Nullable String terug) {
    }

    @Get(value = "/inloggen", produces = MediaType.TEXT_HTML)
    HttpResponse<?> form(HttpRequest<?> request) {
        return page(request, HttpStatus.OK, null, false, request.getParameters().get(LoginReturn.PARAMETER));
    }

    @Post(value = "/inloggen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> login(HttpRequest<?> request, @io.micronaut.http.annotation.Body LoginForm form) {
        Optional<Cookie> cookie = login.login(request, form.username(), form.password());
        if (cookie.isEmpty()) {
            return page(request, HttpStatus.UNAUTHORIZED, form.username(), true, form.terug());
        }
        return Pages.seeOther(LoginReturn.safe(form.terug()) ? form.terug() : "/").cookie(cookie.get());
    }

    @Post(value = "/uitloggen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> logout(HttpRequest<?> request, @io.micronaut.http.annotation.Body LoginForm form) {
        return Pages.seeOther("/inloggen?uitgelogd=1").cookie(login.logout(request));
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String username, boolean failed,
                                 @Nullable String back) {
        Optional<String> binding = CsrfTokens.binding(request);
        Cookie fresh = binding.isEmpty() ? csrf.preLoginCookie() : null;
        String token = csrf.token(fresh == null ? binding.get() : fresh.getValue());
        var response = HttpResponse.status(status).body(Pages.view("login/login", "csrf", token,
                "username", username == null ? "" : username, "failed", failed,
                "loggedOut", request.getParameters().contains("uitgelogd"),
                "back", LoginReturn.safe(back) ? back : "", "expired", LoginReturn.safe(back)));
        return fresh == null ? response : response.cookie(fresh);
    }
}
