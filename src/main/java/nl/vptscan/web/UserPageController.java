package nl.vptscan.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import jakarta.validation.Validator;
import nl.vptscan.access.Caller;
import nl.vptscan.access.NewUser;
import nl.vptscan.access.Role;
import nl.vptscan.access.UserService;
import nl.vptscan.access.UserView;
import nl.vptscan.assessment.OrganisationService;
import nl.vptscan.problem.DomainException;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An administrator's users: create one with a role bound to an organisation or region, change the role, reset the
 * password, unlock a throttled login, deactivate or reactivate. The last active administrator stays one.
 */
@Controller("/gebruikers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class UserPageController {

    /** The user form as typed (never the password). */
    record Form(String username, String role, String organisationId, String regionId) {

        static Form of(FormBody body) {
            return new Form(body.first("username"), body.first("role"), body.first("organisationId"), body.first("regionId"));
        }
    }

    private static final Set<String> NOTICES = Set.of("aangemaakt", "rol", "wachtwoord", "geactiveerd", "gedeactiveerd",
            "ontgrendeld", "email");

    private final UserService users;
    private final OrganisationService organisations;
    private final Texts texts;
    private final Validator validator;

    UserPageController(UserService users, OrganisationService organisations, Validator validator, Texts texts) {
        this.users = users;
        this.texts = texts;
        this.organisations = organisations;
        this.validator = validator;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(@Nullable @QueryValue String pagina, HttpRequest<?> request, Caller caller) {
        AdminForms.requireAdmin(caller);
        return users(pagina, new Form(null, null, null, null), new AdminForms.Wrong(), Pages.lang(request));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(@Body String body, HttpRequest<?> request, Caller caller) {
        AdminForms.requireAdmin(caller);
        FormBody posted = FormBody.parse(body);
        Form form = Form.of(posted);
        AdminForms.Wrong wrong = new AdminForms.Wrong();
        Role role = role(form.role(), wrong);
        Long organisation = role == Role.EMPLOYER ? AdminForms.id(form.organisationId(), "organisationId", wrong) : null;
        Long region = role == Role.REGION_COORDINATOR ? AdminForms.id(form.regionId(), "regionId", wrong) : null;
        NewUser user = new NewUser(form.username(), posted.first("password"), role, organisation, region);
        wrong.addAll(AdminForms.fields(validator.validate(user), List.of()));
        if (wrong.isEmpty()) {
            try {
                return Pages.seeOther("/gebruikers/" + users.create(user).id() + "?melding=aangemaakt");
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.INVALID) {
                    throw e;
                }
                wrong.refused(e.errors());
            }
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(users(null, form, wrong, Pages.lang(request)));
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(long id, @Nullable @QueryValue String melding, HttpRequest<?> request,
                                           Caller caller) {
        AdminForms.requireAdmin(caller);
        return user(id, new AdminForms.Wrong(), melding != null && NOTICES.contains(melding) ? melding : null, null,
                Pages.lang(request));
    }

    @Post(value = "/{id}/rol", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> changeRole(long id, @Body String body, HttpRequest<?> request, Caller caller) {
        AdminForms.requireAdmin(caller);
        FormBody form = FormBody.parse(body);
        AdminForms.Wrong wrong = new AdminForms.Wrong();
        Role role = role(form.first("role"), wrong);
        Long organisation = role == Role.EMPLOYER ? AdminForms.id(form.first("organisationId"), "organisationId", wrong) : null;
        Long region = role == Role.REGION_COORDINATOR ? AdminForms.id(form.first("regionId"), "regionId", wrong) : null;
        if (wrong.isEmpty()) {
            try {
                users.changeRole(id, role.name(), organisation, region);
                return Pages.seeOther("/gebruikers/" + id + "?melding=rol");
            } catch (DomainException e) {
                return refused(id, e, wrong, request);
            }
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(user(id, wrong, null, null, Pages.lang(request)));
    }

    @Post(value = "/{id}/wachtwoord", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> resetPassword(long id, @Body String body, HttpRequest<?> request, Caller caller) {
        AdminForms.requireAdmin(caller);
        try {
            users.resetPassword(id, FormBody.parse(body).first("password"));
            return Pages.seeOther("/gebruikers/" + id + "?melding=wachtwoord");
        } catch (DomainException e) {
            return refused(id, e, new AdminForms.Wrong(), request);
        }
    }

    @Post(value = "/{id}/email", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> setEmail(long id, @Body String body, HttpRequest<?> request, Caller caller) {
        AdminForms.requireAdmin(caller);
        try {
            users.setEmail(id, FormBody.parse(body).first("email"));
            return Pages.seeOther("/gebruikers/" + id + "?melding=email");
        } catch (DomainException e) {
            return refused(id, e, new AdminForms.Wrong(), request);
        }
    }

    @Post(value = "/{id}/actief", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> setActive(long id, @Body String body, HttpRequest<?> request, Caller caller) {
        AdminForms.requireAdmin(caller);
        boolean active = "true".equals(FormBody.parse(body).first("active"));
        try {
            users.setActive(id, active);
            return Pages.seeOther("/gebruikers/" + id + "?melding=" + (active ? "geactiveerd" : "gedeactiveerd"));
        } catch (DomainException e) {
            return refused(id, e, new AdminForms.Wrong(), request);
        }
    }

    @Post(value = "/{id}/ontgrendelen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> unlock(long id, Caller caller) {
        AdminForms.requireAdmin(caller);
        users.unlock(id);
        return Pages.seeOther("/gebruikers/" + id + "?melding=ontgrendeld");
    }

    /** A refusal shown on the user's page: the fields named, or that the last administrator must stay one. */
    private HttpResponse<?> refused(long id, DomainException e, AdminForms.Wrong wrong, HttpRequest<?> request) {
        String lang = Pages.lang(request);
        if (e.kind() == DomainException.Kind.CONFLICT) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(user(id, wrong, null, "lastAdmin", lang));
        }
        if (e.kind() != DomainException.Kind.INVALID) {
            throw e;
        }
        wrong.refused(e.errors());
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(user(id, wrong, null, null, lang));
    }

    private static Role role(String text, Set<String> wrong) {
        for (Role r : Role.values()) {
            if (r.name().equals(text)) {
                return r;
            }
        }
        wrong.add("role");
        return null;
    }

    private ModelAndView<Map<String, Object>> users(String page, Form form, AdminForms.Wrong wrong, String lang) {
        List<UserView> all = users.list();
        return Pages.view("admin/users", "users", AdminForms.Paged.of(all, page), "form", form, "wrong", wrong,
                "wrongTexts", wrong.texts(texts, lang),
                "failed", !wrong.isEmpty(), "roles", Role.values(), "organisations", organisations.list(),
                "regions", organisations.regions());
    }

    private ModelAndView<Map<String, Object>> user(long id, AdminForms.Wrong wrong, String notice, String refusal,
                                                   String lang) {
        UserView user = users.get(id);
        return Pages.view("admin/user", "account", user, "wrong", wrong, "wrongTexts", wrong.texts(texts, lang),
                "failed", !wrong.isEmpty(),
                "notice", notice == null ? "" : notice, "refusal", refusal == null ? "" : refusal,
                "roles", Role.values(), "organisations", organisations.list(), "regions", organisations.regions());
    }
}
