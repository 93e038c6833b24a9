package nl.vptscan.access;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs login tokens: {@code VPTSCAN_JWT_SECRET} (at least 32 characters), or a random key made at
 * start. With a random key, logins end at restart and each instance signs its own, so every deployment with
 * more than one instance must set the secret.
 */
@Factory
class SigningKeyFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeyFactory.class);

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration signature(@Value("${vptscan.jwt-secret:}") String configured) {
        String secret = configured;
        if (secret.isBlank()) {
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            secret = Base64.getEncoder().encodeToString(random);
            LOG.warn("VPTSCAN_JWT_SECRET is not set: using a random signing key; logins end when the service restarts");
        } else if (secret.length() < 32) {
            throw new IllegalStateException("VPTSCAN_JWT_SECRET must have at least 32 characters");
        }
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(secret);
        return new SecretSignature(configuration);
    }
}
