package nl.vptscan.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Login and logout for the web pages: the same check, throttle, token and HttpOnly cookie as {@code POST /login},
 * so a page login and an API login are interchangeable; a logout ends the token on every instance.
 */
@Singleton
public class PageLogin {

    /** The cookie that carries the login token. */
    public static final String COOKIE = LoginHandler.COOKIE;

    private final UserService users;
    private final AccessRefreshTokenGenerator generator;
    private final LoginHandler handler;
    private final Logout logout;

    PageLogin(UserService users, AccessRefreshTokenGenerator generator, LoginHandler handler, Logout logout) {
        this.users = users;
        this.generator = generator;
        this.handler = handler;
        this.logout = logout;
    }

    /** The login cookie when the name and password are right and the login not throttled; empty otherwise. */
    public Optional<Cookie> login(HttpRequest<?> request, String username, String password) {
        return users.authenticate(username, password, LoginProvider.address(request)).flatMap(this::cookie);
    }

    /** Changes the caller's own password, ending its logins, and gives this browser a new login cookie. */
    public Cookie changePassword(HttpRequest<?> request, String username, String currentPassword, String newPassword) {
        users.changeOwnPassword(username, currentPassword, newPassword, LoginProvider.address(request));
        return users.authenticate(username, newPassword, LoginProvider.address(request)).flatMap(this::cookie)
                .orElseGet(() -> handler.cookie("", 0));
    }

    /** Ends the request's login token and gives a cookie that removes it. */
    public Cookie logout(HttpRequest<?> request) {
        request.getUserPrincipal(Authentication.class).ifPresent(logout::end);
        return handler.cookie("", 0);
    }

    /** The login token the request carries in its cookie, if any. */
    public static Optional<String> token(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    private Optional<Cookie> cookie(Authenticated login) {
        return LoginProvider.success(login).getAuthentication().flatMap(generator::generate)
                .map(token -> handler.cookie(token.getAccessToken(), seconds(token)));
    }

    private static int seconds(AccessRefreshToken token) {
        return token.getExpiresIn() == null ? 3600 : token.getExpiresIn();
    }
}
