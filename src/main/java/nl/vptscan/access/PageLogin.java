package nl.vptscan.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Login and logout for the web pages: the same check, token and HttpOnly cookie as {@code POST /login}, so a page
 * login and an API login are interchangeable.
 */
@Singleton
public class PageLogin {

    /** The cookie that carries the login token. */
    public static final String COOKIE = LoginHandler.COOKIE;

    private final UserService users;
    private final AccessRefreshTokenGenerator generator;
    private final LoginHandler handler;

    PageLogin(UserService users, AccessRefreshTokenGenerator generator, LoginHandler handler) {
        this.users = users;
        this.generator = generator;
        this.handler = handler;
    }

    /** The login cookie when the name and password are right and the account is not locked; empty otherwise. */
    public Optional<Cookie> login(String username, String password) {
        return users.authenticate(username, password)
                .flatMap(caller -> LoginProvider.success(caller).getAuthentication())
                .flatMap(generator::generate)
                .map(token -> handler.cookie(token.getAccessToken(), seconds(token)));
    }

    /** A cookie that removes the login cookie. */
    public Cookie logout() {
        return handler.cookie("", 0);
    }

    /** The login token the request carries in its cookie, if any. */
    public static Optional<String> token(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    private static int seconds(AccessRefreshToken token) {
        return token.getExpiresIn() == null ? 3600 : token.getExpiresIn();
    }
}
