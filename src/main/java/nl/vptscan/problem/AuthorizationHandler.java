package nl.vptscan.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * A request without a valid login gets 401, one for something the user may not see 403, both as problem+json;
 * a web page without a login is sent to the login page instead (which brings the user back to it).
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class AuthorizationHandler implements ExceptionHandler<AuthorizationException, HttpResponse<?>> {

    private final ApiExceptionHandler delegate;
    private final List<ErrorPages> pages;

    AuthorizationHandler(ApiExceptionHandler delegate, List<ErrorPages> pages) {
        this.delegate = delegate;
        this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        boolean page = !request.getPath().startsWith("/api/") && !request.getPath().equals("/login")
                && request.getHeaders().accept().stream().anyMatch(m -> m.matches(MediaType.TEXT_HTML_TYPE));
        if (exception.isForbidden()) {
            return delegate.handle(request, new ApiException(HttpStatus.FORBIDDEN, "You may not access this", List.of()));
        }
        if (page) {
            return pages.stream().map(p -> p.login(request)).flatMap(java.util.Optional::stream).findFirst()
                    .orElseGet(() -> HttpResponse.seeOther(java.net.URI.create("/inloggen")));
        }
        return delegate.handle(request, new ApiException(HttpStatus.UNAUTHORIZED, "Log in first (POST /login)", List.of()));
    }
}
