package nl.vptscan.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import nl.vptscan.access.PageLogin;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Tokens against cross-site form posts. A page form carries {@code _csrf} = HMAC-SHA256(server key, the login
 * cookie), or, before login, of a random {@code CSRF} cookie; another site can read neither cookie, so it cannot
 * make the token. Nothing is stored, so every instance with the same {@code VPTSCAN_JWT_SECRET} accepts it.
 * API calls with a bearer header do not use it.
 */
@Singleton
final class CsrfTokens {

    static final String FIELD = "_csrf";
    static final String PRE_LOGIN_COOKIE = "CSRF";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    CsrfTokens(@Value("${vptscan.jwt-secret:}") String secret) {
        byte[] bytes = secret.isBlank() ? randomBytes() : ("csrf|" + secret).getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The token for forms of this request, or empty when it has neither a login nor a pre-login cookie. */
    Optional<String> token(HttpRequest<?> request) {
        return binding(request).map(this::token);
    }

    String token(String binding) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(binding.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    boolean valid(Optional<String> binding, String submitted) {
        return submitted != null && binding.isPresent() && MessageDigest.isEqual(
                token(binding.get()).getBytes(StandardCharsets.US_ASCII), submitted.getBytes(StandardCharsets.US_ASCII));
    }

    /** A fresh pre-login cookie for the login form. */
    Cookie preLoginCookie() {
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        return Cookie.of(PRE_LOGIN_COOKIE, value).httpOnly(true).sameSite(SameSite.Lax).path("/");
    }

    static Optional<String> binding(HttpRequest<?> request) {
        return PageLogin.token(request).or(() -> request.getCookies().findCookie(PRE_LOGIN_COOKIE)
                .map(Cookie::getValue).filter(v -> !v.isBlank()));
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return bytes;
    }
}
