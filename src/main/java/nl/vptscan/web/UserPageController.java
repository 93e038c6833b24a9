package nl.vptscan.web;

import io.micronaut.core.annotation.Nullable;
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

import java.util.LinkedHashSet;
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
    private final Validator validator;

    UserPageController(UserService users, OrganisationService organisations, Validator validator) {
        this.users = users;
        this.organisations = organisations;
        this.validator = validator;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(@Nullable @QueryValue String pagina, Caller caller) {
        AdminForms.requireAdmin(caller);
        return users(pagina, new Form(null, null, null, null), Set.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(@Body String body, Caller caller) {
        AdminForms.requireAdmin(caller);
        FormBody posted = FormBody.parse(body);
        Form form = Form.of(posted);
        Set<String> wrong = new LinkedHashSet<>();
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
                wrong.addAll(AdminForms.fields(Set.of(), e.errors()));
            }
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(users(null, form, wrong));
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(long id, @Nullable @QueryValue String melding, Caller caller) {
        AdminForms.requireAdmin(caller);
        return user(id, Set.of(), melding != null && NOTICES.contains(melding) ? melding : null, null);
    }

    @Post(value = "/{id}/rol", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> changeRole(long id, @Body String body, Caller caller) {
        AdminForms.requireAdmin(caller);
        FormBody form = FormBody.parse(body);
        Set<String> wrong = new LinkedHashSet<>();
        Role role = role(form.first("role"), wrong);
        Long organisation = role == Role.EMPLOYER ? AdminForms.id(form.first("organisationId"), "organisationId", wrong) : null;
        Long region = role == Role.REGION_COORDINATOR ? AdminForms.id(form.first("regionId"), "regionId", wrong) : null;
        if (wrong.isEmpty()) {
            try {
                users.changeRole(id, role.name(), organisation, region);
                return Pages.seeOther("/gebruikers/" + id + "?melding=rol");
            } catch (DomainException e) {
                return refused(id, e, wrong);
            }
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(user(id, wrong, null, null));
    }

    @Post(value = "/{id}/wachtwoord", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> resetPassword(long id, @Body String body, Caller caller) {
        AdminForms.requireAdmin(caller);
        try {
            users.resetPassword(id, FormBody.parse(body).first("password"));
            return Pages.seeOther("/gebruikers/" + id + "?melding=wachtwoord");
        } catch (DomainException e) {
            return refused(id, e, new LinkedHashSet<>());
        }
    }

    @Post(value = "/{id}/email", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> setEmail(long id, @Body String body, Caller caller) {
        AdminForms.requireAdmin(caller);
        try {
            users.setEmail(id, FormBody.parse(body).first("email"));
            return Pages.seeOther("/gebruikers/" + id + "?melding=email");
        } catch (DomainException e) {
            return refused(id, e, new LinkedHashSet<>());
        }
    }

    @Post(value = "/{id}/actief", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> setActive(long id, @Body String body, Caller caller) {
        AdminForms.requireAdmin(caller);
        boolean active = "true".equals(FormBody.parse(body).first("active"));
        try {
            users.setActive(id, active);
            return Pages.seeOther("/gebruikers/" + id + "?melding=" + (active ? "geactiveerd" : "gedeactiveerd"));
        } catch (DomainException e) {
            return refused(id, e, new LinkedHashSet<>());
        }
    }

    @Post(value = "/{id}/ontgrendelen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> unlock(long id, Caller caller) {
        AdminForms.requireAdmin(caller);
        users.unlock(id);
        return Pages.seeOther("/gebruikers/" + id + "?melding=ontgrendeld");
    }

    /** A refusal shown on the user's page: the fields named, or that the last administrator must stay one. */
    private HttpResponse<?> refused(long id, DomainException e, Set<String> wrong) {
        if (e.kind() == DomainException.Kind.CONFLICT) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(user(id, wrong, null, "lastAdmin"));
        }
        if (e.kind() != DomainException.Kind.INVALID) {
            throw e;
        }
        wrong.addAll(AdminForms.fields(Set.of(), e.errors()));
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(user(id, wrong, null, null));
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

    private ModelAndView<Map<String, Object>> users(String page, Form form, Set<String> wrong) {
        List<UserView> all = users.list();
        return Pages.view("admin/users", "users", AdminForms.Paged.of(all, page), "form", form, "wrong", wrong,
                "failed", !wrong.isEmpty(), "roles", Role.values(), "organisations", organisations.list(),
                "regions", organisations.regions());
    }

    private ModelAndView<Map<String, Object>> user(long id, Set<String> wrong, String notice, String refusal) {
        UserView user = users.get(id);
        return Pages.view("admin/user", "account", user, "wrong", wrong, "failed", !wrong.isEmpty(),
                "notice", notice == null ? "" : notice, "refusal", refusal == null ? "" : refusal,
                "roles", Role.values(), "organisations", organisations.list(), "regions", organisations.regions());
    }
}
