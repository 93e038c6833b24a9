package nl.vptscan.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks a login against the users in the database, on the blocking thread pool. */
@Singleton
final class LoginProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final UserService users;

    LoginProvider(UserService users) {
        this.users = users;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> login) {
        return users.authenticate(login.getIdentity(), login.getSecret())
                .map(LoginProvider::success)
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }

    static AuthenticationResponse success(Caller caller) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(Caller.ROLE, caller.role().name());
        if (caller.organisationId() != null) {
            attributes.put(Caller.ORGANISATION, caller.organisationId());
        }
        if (caller.regionId() != null) {
            attributes.put(Caller.REGION, caller.regionId());
        }
        return AuthenticationResponse.success(caller.username(), List.of(caller.role().name()), attributes);
    }
}
