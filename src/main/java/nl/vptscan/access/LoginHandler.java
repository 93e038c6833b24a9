package nl.vptscan.access;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.bearer.AccessRefreshTokenLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * A successful {@code POST /login} answers with the JWT for API clients and also sets it as an HttpOnly cookie,
 * so the same login serves the web pages.
 */
@Singleton
@Replaces(AccessRefreshTokenLoginHandler.class)
class LoginHandler extends AccessRefreshTokenLoginHandler {

    static final String COOKIE = "JWT";

    private final boolean secureCookie;

    LoginHandler(AccessRefreshTokenGenerator generator, @Value("${vptscan.https:false}") boolean secureCookie) {
        super(generator);
        this.secureCookie = secureCookie;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        MutableHttpResponse<?> response = super.loginSuccess(authentication, request);
        response.getBody(AccessRefreshToken.class).ifPresent(token ->
                response.cookie(cookie(token.getAccessToken(), token.getExpiresIn() == null ? 3600 : token.getExpiresIn())));
        return response;
    }

    Cookie cookie(String token, int seconds) {
        return Cookie.of(COOKIE, token).httpOnly(true).secure(secureCookie).sameSite(SameSite.Lax).path("/")
                .maxAge(Duration.ofSeconds(seconds));
    }
}
