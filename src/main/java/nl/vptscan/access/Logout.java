package nl.vptscan.access;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Ends one login token everywhere: its id is kept as revoked until the token would have expired. */
@Singleton
class Logout {

    private final TokenStore tokens;
    private final Clock clock;

    Logout(TokenStore tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    void end(Authentication authentication) {
        Object jti = authentication.getAttributes().get(Claims.TOKEN_ID);
        if (jti == null) {
            return;
        }
        Instant expires = TokenClaimsValidator.instant(authentication.getAttributes().get(Claims.EXPIRATION_TIME));
        tokens.revoke(jti.toString(), expires == null ? clock.instant().plus(Duration.ofDays(1)) : expires);
    }
}
