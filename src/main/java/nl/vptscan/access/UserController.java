package nl.vptscan.access;

import nl.vptscan.problem.ProblemResponses;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;

/** Users: administrators create them; everyone may see who they are logged in as. */
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

    @Get("/me")
    Caller me(Caller caller) {
        return caller;
    }
}
