package nl.vptscan.access;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.problem.ApiException;
import nl.vptscan.problem.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Users and their passwords (bcrypt). Five failed logins in a row lock an account for fifteen minutes; the
 * counter lives in the database, so it holds across instances.
 */
@Singleton
public class UserService {

    public static final int MIN_PASSWORD = 12;
    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(UserService.class);

    private final AppUserRepository users;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(10);
    /** A bcrypt hash of a random, forgotten password: checked for unknown users so they cost as much as known ones. */
    private static final String DUMMY_HASH = "$2a$10$.shK/yatMRO4UdE0.xHjYueqGbtnoa69F9ttwDtK3UIi.X1bYPIRC";
    private final Clock clock;

    UserService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public UserView create(NewUser input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.role() == Role.EMPLOYER && input.organisationId() == null) {
            errors.add(new FieldError("organisationId", "an EMPLOYER is bound to one organisation"));
        }
        if (input.role() != Role.EMPLOYER && input.organisationId() != null) {
            errors.add(new FieldError("organisationId", "only an EMPLOYER is bound to an organisation"));
        }
        if (input.role() == Role.REGION_COORDINATOR && input.regionId() == null) {
            errors.add(new FieldError("regionId", "a REGION_COORDINATOR is bound to one region"));
        }
        if (input.role() != Role.REGION_COORDINATOR && input.regionId() != null) {
            errors.add(new FieldError("regionId", "only a REGION_COORDINATOR is bound to a region"));
        }
        if (users.existsByUsername(input.username())) {
            errors.add(new FieldError("username", "is taken"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("Invalid user; nothing was stored", errors);
        }
        try {
            AppUser user = users.save(new AppUser(null, input.username(), encoder.encode(input.password()), input.role(),
                    input.organisationId(), input.regionId(), 0, null, clock.instant()));
            LOG.info("User {} created with role {}", user.username(), user.role());
            return UserView.of(user, clock.instant());
        } catch (DataAccessException e) {
            throw ApiException.badRequest("Invalid user; nothing was stored", List.of(new FieldError(
                    input.organisationId() != null ? "organisationId" : "regionId", "does not exist")));
        }
    }

    @Transactional(readOnly = true)
    public List<UserView> list() {
        Instant now = clock.instant();
        return users.listOrderByUsername().stream().map(u -> UserView.of(u, now)).toList();
    }

    @Transactional(readOnly = true)
    public boolean hasAdmin() {
        return users.existsByRole(Role.ADMIN);
    }

    /** The user when the password is right and the account not locked; counts failures either way. */
    @Transactional
    public Optional<Caller> authenticate(String username, String password) {
        Optional<AppUser> found = username == null ? Optional.empty() : users.findByUsername(username);
        if (found.isEmpty()) {
            encoder.matches(password == null ? "" : password, DUMMY_HASH);
            return Optional.empty();
        }
        AppUser user = found.get();
        Instant now = clock.instant();
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
            LOG.warn("Login refused for locked user {}", user.username());
            return Optional.empty();
        }
        if (password != null && encoder.matches(password, user.passwordHash())) {
            if (user.failedLogins() > 0 || user.lockedUntil() != null) {
                users.update(user.withFailures(0, null));
            }
            return Optional.of(new Caller(user.username(), user.role(), user.organisationId(), user.regionId()));
        }
        int failures = user.failedLogins() + 1;
        Instant lockedUntil = failures >= MAX_FAILURES ? now.plus(LOCK) : null;
        users.update(user.withFailures(failures >= MAX_FAILURES ? 0 : failures, lockedUntil));
        LOG.warn("Failed login {} of {} for user {}{}", failures, MAX_FAILURES, user.username(),
                lockedUntil == null ? "" : "; locked until " + lockedUntil);
        return Optional.empty();
    }
}
