package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.vptscan.access.Caller;
import nl.vptscan.access.PageLogin;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;

import java.util.Set;
import java.util.stream.Collectors;

/** The user's own password: the current one and a new one; the change ends every other login of the user. */
@Controller("/account/wachtwoord")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class AccountPageController {

    private final PageLogin login;
    private final CsrfTokens csrf;

    AccountPageController(PageLogin login, CsrfTokens csrf) {
        this.login = login;
        this.csrf = csrf;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> form(HttpRequest<?> request, Caller caller) {
        return page(request, HttpStatus.OK, Set.of(), request.getParameters().contains("gewijzigd"));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> change(HttpRequest<?> request, @Body String body, Caller caller) {
        FormBody form = FormBody.parse(body);
        try {
            Cookie cookie = login.changePassword(request, caller.username(), form.first("currentPassword"),
                    form.first("newPassword"));
            return Pages.seeOther("/account/wachtwoord?gewijzigd=1").cookie(cookie);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return page(request, HttpStatus.BAD_REQUEST, e.errors().stream().map(FieldError::field)
                    .collect(Collectors.toSet()), false);
        }
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, Set<String> wrong, boolean changed) {
        return HttpResponse.status(status).body(Pages.view("account/password", "csrf", csrf.token(request).orElse(""),
                "currentWrong", wrong.contains("currentPassword"), "newWrong", wrong.contains("newPassword"),
                "changed", changed, "failed", !wrong.isEmpty()));
    }
}
