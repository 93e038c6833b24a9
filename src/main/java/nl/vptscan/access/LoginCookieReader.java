package nl.vptscan.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Reads the login token from the {@code JWT} cookie that {@code POST /login} sets, so web pages are
 * authenticated by the same token that API clients send as a bearer header (which wins when both are present).
 */
@Singleton
final class LoginCookieReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(LoginHandler.COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    @Override
    public int getOrder() {
        return 100;
    }
}
