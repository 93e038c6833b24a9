package nl.vptscan.access;

import nl.vptscan.problem.ProblemResponses;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;

/** Users: administrators create, reset, re-role and deactivate them; everyone sees and changes their own login. */
@ProblemResponses
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @Post("/users")
    @Secured("ADMIN")
    HttpResponse<UserView> create(@Valid @Body NewUser user) {
        UserView created = users.create(user);
        return HttpResponse.created(created, URI.create("/api/users/" + created.id()));
    }

    @Get("/users")
    @Secured("ADMIN")
    List<UserView> list() {
        return users.list();
    }

    @Put("/users/me/password")
    HttpResponse<Void> changeOwnPassword(@Body UserInputs.PasswordChange change, Caller caller, HttpRequest<?> request) {
        users.changeOwnPassword(caller.username(), change.currentPassword(), change.newPassword(),
                LoginProvider.address(request));
        return HttpResponse.noContent();
    }

    @Put("/users/{id}/password")
    @Secured("ADMIN")
    HttpResponse<Void> resetPassword(long id, @Body UserInputs.PasswordReset reset) {
        users.resetPassword(id, reset.password());
        return HttpResponse.noContent();
    }

    @Put("/users/{id}/role")
    @Secured("ADMIN")
    UserView changeRole(long id, @Body UserInputs.RoleChange change) {
        return users.changeRole(id, change);
    }

    @Put("/users/{id}/email")
    @Secured("ADMIN")
    UserView setEmail(long id, @Body UserInputs.Email email) {
        return users.setEmail(id, email.email());
    }

    @Get("/users/me/settings")
    UserView ownSettings(Caller caller) {
        return users.own(caller.username());
    }

    @Put("/users/me/settings")
    UserView changeOwnSettings(@Body UserInputs.Settings settings, Caller caller) {
        return users.changeOwnSettings(caller.username(), settings);
    }

    @Put("/users/{id}/active")
    @Secured("ADMIN")
    UserView setActive(long id, @Body UserInputs.Status status) {
        return users.setActive(id, status.active());
    }

    @Post("/users/{id}/unlock")
    @Secured("ADMIN")
    HttpResponse<Void> unlock(long id) {
        users.unlock(id);
        return HttpResponse.noContent();
    }

    @Get("/me")
    Caller me(Caller caller) {
        return caller;
    }
}
