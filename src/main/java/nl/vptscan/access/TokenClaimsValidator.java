package nl.vptscan.access;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A login token counts when this service issued it ({@code iss}), its not-before time ({@code nbf}) has passed,
 * it names its user and token generation, and the database says it still counts ({@link TokenStore}).
 */
@Singleton
class TokenClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

    static final String USER_ID = "uid";
    static final String GENERATION = "gen";
    /** Clocks of instances may differ a little. */
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final TokenStore tokens;
    private final String issuer;
    private final Clock clock;

    TokenClaimsValidator(TokenStore tokens, @Value("${micronaut.application.name}") String issuer, Clock clock) {
        this.tokens = tokens;
        this.issuer = issuer;
        this.clock = clock;
    }

    @Override
    public boolean validate(Claims claims, T request) {
        Instant notBefore = instant(claims.get(Claims.NOT_BEFORE));
        Object jti = claims.get(Claims.TOKEN_ID);
        Long user = number(claims.get(USER_ID));
        Long generation = number(claims.get(GENERATION));
        if (!issuer.equals(claims.get(Claims.ISSUER)) || notBefore == null
                || notBefore.isAfter(clock.instant().plus(SKEW)) || jti == null || user == null || generation == null) {
            return false;
        }
        return tokens.isCurrent(user, generation, jti.toString());
    }

    static Instant instant(Object value) {
        if (value instanceof Date d) {
            return d.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Number n) {
            return Instant.ofEpochSecond(n.longValue());
        }
        return null;
    }

    static Long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return value == null ? null : Long.valueOf(value.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
