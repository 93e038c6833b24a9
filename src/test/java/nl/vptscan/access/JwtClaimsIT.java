package nl.vptscan.access;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A token must name this service as issuer and carry a not-before time that has passed; tokens are made by hand
 * here from a real one and signed with the tests' secret, so only the claim under test differs.
 */
@MicronautTest(transactional = false)
class JwtClaimsIT {

    static final String SECRET = "test-signing-secret-of-at-least-32-characters";
    static final String PASSWORD = "correct-horse-battery-staple";

    @Inject
    EmbeddedServer server;

    AuthClient http;
    JWTClaimsSet real;

    @BeforeEach
    void setUp() throws Exception {
        http = new AuthClient(server.getURI());
        String admin = http.token("test-admin", "lange-beheerder-wachtzin-2026");
        String user = AuthClient.name("claims");
        http.createUser(admin, user, PASSWORD, "INSPECTOR");
        real = SignedJWT.parse(http.token(user, PASSWORD)).getJWTClaimsSet();
    }

    private int status(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), change.apply(new JWTClaimsSet.Builder(real)).build());
        jwt.sign(new MACSigner(SECRET));
        return http.get("/api/me", jwt.serialize()).statusCode();
    }

    @Test
    void aTokenSignedWithTheSecretAndAllClaimsIsAccepted() throws Exception {
        assertEquals(200, status(b -> b));
    }

    @Test
    void aTokenWithoutIssuerIsRefused() throws Exception {
        assertEquals(401, status(b -> b.issuer(null)));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        assertEquals(401, status(b -> b.issuer("other-vpt-scan")));
    }

    @Test
    void aTokenWithoutNotBeforeIsRefused() throws Exception {
        assertEquals(401, status(b -> b.notBeforeTime(null)));
    }

    @Test
    void aTokenNotYetValidIsRefused() throws Exception {
        assertEquals(401, status(b -> b.notBeforeTime(new Date(System.currentTimeMillis() + 3_600_000))));
    }
}
