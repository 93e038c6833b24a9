package nl.vptscan.access;

import io.micronaut.security.token.claims.JtiGenerator;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Gives every login token its own id ({@code jti}), so one token can be logged out. */
@Singleton
final class RandomTokenId implements JtiGenerator {

    @Override
    public String generateJtiClaim() {
        return UUID.randomUUID().toString();
    }
}
