package nl.vptscan.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.CompositeHttpLocaleResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/** Pages are Dutch unless {@code ?lang=en} is asked or remembered in the {@code lang} cookie. */
@Singleton
@Primary
@Replaces(CompositeHttpLocaleResolver.class)
final class PageLocaleResolver implements HttpLocaleResolver {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Override
    public Optional<Locale> resolve(HttpRequest<?> request) {
        return Optional.of(resolveOrDefault(request));
    }

    @Override
    public Locale resolveOrDefault(HttpRequest<?> request) {
        return "en".equals(Pages.lang(request)) ? Locale.ENGLISH : DUTCH;
    }
}
