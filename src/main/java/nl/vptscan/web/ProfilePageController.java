package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.vptscan.access.Caller;
import nl.vptscan.access.UserService;
import nl.vptscan.access.UserView;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The user's own details ("Mijn gegevens"): the e-mail address reminders go to, whether it wants them, and the
 * language they are written in; a link to the password change.
 */
@Controller("/account/gegevens")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ProfilePageController {

    /** The form as shown or as posted. */
    record Form(String email, boolean reminders, String language) {
    }

    private final UserService users;
    private final CsrfTokens csrf;
    private final Texts texts;

    ProfilePageController(UserService users, CsrfTokens csrf, Texts texts) {
        this.users = users;
        this.csrf = csrf;
        this.texts = texts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> form(HttpRequest<?> request, Caller caller) {
        UserView own = users.own(caller.username());
        return page(request, HttpStatus.OK, new Form(own.email() == null ? "" : own.email(), own.reminders(),
                own.language()), Map.of(), request.getParameters().contains("opgeslagen"));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(HttpRequest<?> request, @Body String body, Caller caller) {
        FormBody posted = FormBody.parse(body);
        String email = posted.first("email");
        boolean reminders = "true".equals(posted.first("reminders"));
        String language = posted.first("language");
        try {
            users.changeOwnSettings(caller.username(), email, reminders, language);
            return Pages.seeOther("/account/gegevens?opgeslagen=1");
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            String lang = Pages.lang(request);
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.put(error.field(), texts.error(lang, error));
            }
            return page(request, HttpStatus.BAD_REQUEST, new Form(email == null ? "" : email, reminders,
                    language == null ? "nl" : language), errors, false);
        }
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, Form form, Map<String, String> errors,
                                 boolean saved) {
        return HttpResponse.status(status).body(Pages.view("account/profile", "csrf", csrf.token(request).orElse(""),
                "form", form, "errors", errors, "saved", saved, "failed", !errors.isEmpty()));
    }
}
