package nl.vptscan.access;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks a login against the users in the database, on the blocking thread pool. */
@Singleton
final class LoginProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    /** Looked up on first use: the database beans' set-up asks which authentication providers exist. */
    private final BeanProvider<UserService> users;

    LoginProvider(BeanProvider<UserService> users) {
        this.users = users;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> login) {
        return users.get().authenticate(login.getIdentity(), login.getSecret(), address(request))
                .map(LoginProvider::success)
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }

    /**
     * The client address the throttle counts: the address of the connection. Behind a reverse proxy that is the
     * proxy's address (see the README).
     */
    static String address(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }

    static AuthenticationResponse success(Authenticated login) {
        Caller caller = login.caller();
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(Caller.ROLE, caller.role().name());
        attributes.put(TokenClaimsValidator.USER_ID, login.userId());
        attributes.put(TokenClaimsValidator.GENERATION, login.generation());
        if (caller.organisationId() != null) {
            attributes.put(Caller.ORGANISATION, caller.organisationId());
        }
        if (caller.regionId() != null) {
            attributes.put(Caller.REGION, caller.regionId());
        }
        return AuthenticationResponse.success(caller.username(), List.of(caller.role().name()), attributes);
    }
}
