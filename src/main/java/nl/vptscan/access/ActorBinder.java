package nl.vptscan.access;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

import java.security.Principal;
import java.util.Optional;

/** Lets a controller take an {@link Actor} argument: the request's authenticated user, if any. */
@Singleton
final class ActorBinder implements TypedRequestArgumentBinder<Actor> {

    @Override
    public Argument<Actor> argumentType() {
        return Argument.of(Actor.class);
    }

    @Override
    public BindingResult<Actor> bind(ArgumentConversionContext<Actor> context, HttpRequest<?> source) {
        Actor actor = source.getUserPrincipal().map(Principal::getName).map(Actor::new).orElse(Actor.ANONYMOUS);
        return () -> Optional.of(actor);
    }
}
