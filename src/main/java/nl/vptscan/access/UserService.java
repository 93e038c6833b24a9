package nl.vptscan.access;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Users and their passwords (bcrypt). Logins are throttled per account and client address ({@link LoginThrottle});
 * passwords are hashed and checked outside any database transaction, so slow hashing never holds a connection.
 * A password, role or status change ends the user's logins on every instance (its token generation rises).
 */
@Singleton
public class UserService {

    public static final int MIN_PASSWORD = PasswordPolicy.MIN_LENGTH;
    private static final Logger LOG = LoggerFactory.getLogger(UserService.class);
    /** A bcrypt hash of a random, forgotten password: checked whenever there is no real one to check. */
    private static final String DUMMY_HASH = "$2a$10$.shK/yatMRO4UdE0.xHjYueqGbtnoa69F9ttwDtK3UIi.X1bYPIRC";

    static final int MAX_EMAIL = 254;
    /** One @, a dot in the domain, no spaces or control characters, no quotes or angle brackets. */
    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s\"<>(),;:\\[\\]\\p{Cntrl}]+@[^@\\s\"<>(),;:\\[\\]\\p{Cntrl}.]+(\\.[^@\\s\"<>(),;:\\[\\]\\p{Cntrl}.]+)+");
    private static final java.util.Set<String> LANGUAGES = java.util.Set.of("nl", "en");

    private final AppUserRepository users;
    private final LoginThrottle throttle;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(10);
    private final Clock clock;

    UserService(AppUserRepository users, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.clock = clock;
    }

    public UserView create(NewUser input) {
        List<FieldError> errors = bindingErrors(input.role(), input.organisationId(), input.regionId());
        PasswordPolicy.check("password", input.username(), input.password()).ifPresent(errors::add);
        if (users.existsByUsernameKey(key(input.username()))) {
            errors.add(taken());
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("Invalid user; nothing was stored", errors);
        }
        String hash = encoder.encode(input.password());
        try {
            AppUser user = users.save(new AppUser(null, input.username(), key(input.username()), hash, input.role(),
                    input.organisationId(), input.regionId(), 0, true, clock.instant(), null, true, "nl"));
            LOG.info("User {} created with role {}", user.username(), user.role());
            return UserView.of(user);
        } catch (DataAccessException e) {
            if (users.existsByUsernameKey(key(input.username()))) {
                throw DomainException.invalid("Invalid user; nothing was stored", List.of(taken()));
            }
            throw DomainException.invalid("Invalid user; nothing was stored",
                    List.of(unknownBinding(input.organisationId())));
        }
    }

    public List<UserView> list() {
        return users.listOrderByUsername().stream().map(UserView::of).toList();
    }

    public boolean hasAdmin() {
        return users.existsByRole(Role.ADMIN);
    }

    boolean exists(String username) {
        return users.existsByUsernameKey(key(username));
    }

    /**
     * The user when the password is right, the account active and the login not throttled; empty otherwise,
     * after exactly one bcrypt check in every case, so no answer and no timing tells which it was.
     */
    Optional<Authenticated> authenticate(String username, String password, String address) {
        boolean allowed = throttle.reserve(username, address);
        Optional<AppUser> found = allowed && username != null ? users.findByUsernameKey(key(username)) : Optional.empty();
        boolean checkable = password != null && !PasswordPolicy.tooLong(password);
        String hash = found.filter(AppUser::active).map(AppUser::passwordHash).orElse(DUMMY_HASH);
        boolean matches = encoder.matches(checkable ? password : "", hash);
        if (!allowed) {
            LOG.warn("Login throttled for a user name from {}", address);
            return Optional.empty();
        }
        if (!checkable || !matches || found.isEmpty() || !found.get().active()) {
            LOG.warn("Failed login for {} from {}", found.map(AppUser::username).orElse("an unknown user name"), address);
            return Optional.empty();
        }
        throttle.succeeded(username, address);
        AppUser user = found.get();
        return Optional.of(new Authenticated(new Caller(user.username(), user.role(), user.organisationId(),
                user.regionId()), user.id(), user.tokenGeneration()));
    }

    /** A user's own password change; the current password is checked (and throttled) as a login is. */
    public void changeOwnPassword(String username, String currentPassword, String newPassword, String address) {
        List<FieldError> errors = PasswordPolicy.errors("newPassword", username, newPassword);
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(0, FieldError.coded("currentPassword", "is required", "password.currentRequired"));
        } else if (authenticate(username, currentPassword, address).isEmpty()) {
            errors.add(0, FieldError.coded("currentPassword", "is not the current password", "password.currentWrong"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("The password was not changed", errors);
        }
        AppUser user = users.findByUsernameKey(key(username)).orElseThrow(() -> DomainException.notFound("No such user",
                "user.notFound", username));
        users.updatePassword(user.id(), encoder.encode(newPassword));
        LOG.info("User {} changed its password; its logins ended", user.username());
    }

    /** An administrator sets a new password for a user. */
    public void resetPassword(long id, String password) {
        AppUser user = find(id);
        List<FieldError> errors = PasswordPolicy.errors("password", user.username(), password);
        if (!errors.isEmpty()) {
            throw DomainException.invalid("The password was not changed", errors);
        }
        users.updatePassword(id, encoder.encode(password));
        LOG.info("Password of user {} reset by an administrator; its logins ended", user.username());
    }

    /** One user as an administrator sees it. */
    public UserView get(long id) {
        return UserView.of(find(id));
    }

    /** Gives a new role (with the organisation or region it binds to); the last active administrator keeps its role. */
    public UserView changeRole(long id, String role, Long organisationId, Long regionId) {
        return changeRole(id, new UserInputs.RoleChange(role, organisationId, regionId));
    }

    UserView changeRole(long id, UserInputs.RoleChange change) {
        AppUser user = find(id);
        Role role = parseRole(change.role());
        if (role != null && role != Role.ADMIN) {
            keepOneAdministrator(user);
        }
        List<FieldError> errors = role == null ? new ArrayList<>(List.of(FieldError.coded("role",
                "must be one of ADMIN, EMPLOYER, INSPECTOR, REGION_COORDINATOR", "user.role")))
                : bindingErrors(role, change.organisationId(), change.regionId());
        if (!errors.isEmpty()) {
            throw DomainException.invalid("The role was not changed", errors);
        }
        try {
            users.updateRole(id, role.name(), change.organisationId(), change.regionId());
        } catch (DataAccessException e) {
            throw DomainException.invalid("The role was not changed", List.of(unknownBinding(change.organisationId())));
        }
        LOG.info("User {} now has role {}; its logins ended", user.username(), role);
        return UserView.of(find(id));
    }

    /** Activates or deactivates an account; the last active administrator cannot be deactivated. */
    public UserView setActive(long id, Boolean active) {
        AppUser user = find(id);
        if (active == null) {
            throw DomainException.invalid("The status was not changed", List.of(FieldError.coded("active", "is required",
                    "user.activeRequired")));
        }
        if (!active) {
            keepOneAdministrator(user);
        }
        users.updateActive(id, active);
        LOG.info("User {} {}", user.username(), active ? "reactivated" : "deactivated; its logins ended");
        return UserView.of(find(id));
    }

    /** An administrator sets (or, blank, clears) a user's e-mail address. */
    public UserView setEmail(long id, String email) {
        find(id);
        users.updateEmail(id, checkedEmail(email));
        LOG.info("E-mail address of user {} changed by an administrator", id);
        return UserView.of(find(id));
    }

    /** The user's own account, as its profile page shows it. */
    public UserView own(String username) {
        return UserView.of(users.findByUsernameKey(key(username)).orElseThrow(() -> DomainException.notFound("No such user",
                "user.notFound", username)));
    }

    /** A user's own e-mail address, whether it wants reminders by e-mail and the language they are written in. */
    public UserView changeOwnSettings(String username, String email, Boolean reminders, String language) {
        return changeOwnSettings(username, new UserInputs.Settings(email, reminders, language));
    }

    UserView changeOwnSettings(String username, UserInputs.Settings settings) {
        AppUser user = users.findByUsernameKey(key(username)).orElseThrow(() -> DomainException.notFound("No such user",
                "user.notFound", username));
        List<FieldError> errors = new ArrayList<>();
        String email = null;
        try {
            email = checkedEmail(settings.email());
        } catch (DomainException e) {
            errors.addAll(e.errors());
        }
        if (settings.reminders() == null) {
            errors.add(FieldError.coded("reminders", "is required (true or false)", "reminders.required"));
        }
        String language = settings.language() == null ? user.language() : settings.language();
        if (!LANGUAGES.contains(language)) {
            errors.add(FieldError.coded("language", "must be nl or en", "language.unknown"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("The settings were not changed", errors);
        }
        users.updateEmail(user.id(), email);
        users.updateReminders(user.id(), settings.reminders(), language);
        LOG.info("User {} changed its e-mail settings; reminders {}", user.username(), settings.reminders() ? "on" : "off");
        return UserView.of(find(user.id()));
    }

    /** A trimmed e-mail address, null when blank; refused (400, field {@code email}) when it is not one. */
    private static String checkedEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.trim();
        if (trimmed.length() > MAX_EMAIL || !EMAIL.matcher(trimmed).matches()) {
            throw DomainException.invalid("Invalid e-mail address; nothing was stored", List.of(FieldError.coded("email",
                    "is not an e-mail address (name@domain, at most " + MAX_EMAIL + " characters)", "email.invalid",
                    MAX_EMAIL)));
        }
        return trimmed;
    }

    /** Forgets the account's failed logins, so that a throttled user may log in again at once. */
    public void unlock(long id) {
        AppUser user = find(id);
        throttle.clear(user.username());
        LOG.info("Login throttling of user {} cleared by an administrator", user.username());
    }

    private void keepOneAdministrator(AppUser user) {
        if (user.role() == Role.ADMIN && user.active() && users.countByRoleAndActive(Role.ADMIN, true) <= 1) {
            throw DomainException.conflict("User " + user.username() + " is the last active administrator; "
                    + "make another administrator first", "user.lastAdmin", user.username());
        }
    }

    private AppUser find(long id) {
        return users.findById(id).orElseThrow(() -> DomainException.notFound("No user " + id, "user.notFound", id));
    }

    private static FieldError taken() {
        return FieldError.coded("username", "is taken", "user.usernameTaken");
    }

    /** The organisation or region a user was to be bound to, when the database says it does not exist. */
    private static FieldError unknownBinding(Long organisationId) {
        return organisationId != null ? FieldError.coded("organisationId", "does not exist", "user.organisationUnknown")
                : FieldError.coded("regionId", "does not exist", "user.regionUnknown");
    }

    private static Role parseRole(String role) {
        for (Role r : Role.values()) {
            if (r.name().equals(role)) {
                return r;
            }
        }
        return null;
    }

    private static List<FieldError> bindingErrors(Role role, Long organisationId, Long regionId) {
        List<FieldError> errors = new ArrayList<>();
        if (role == Role.EMPLOYER && organisationId == null) {
            errors.add(FieldError.coded("organisationId", "an EMPLOYER is bound to one organisation",
                    "user.organisationRequired"));
        }
        if (role != Role.EMPLOYER && organisationId != null) {
            errors.add(FieldError.coded("organisationId", "only an EMPLOYER is bound to an organisation",
                    "user.organisationNotAllowed"));
        }
        if (role == Role.REGION_COORDINATOR && regionId == null) {
            errors.add(FieldError.coded("regionId", "a REGION_COORDINATOR is bound to one region", "user.regionRequired"));
        }
        if (role != Role.REGION_COORDINATOR && regionId != null) {
            errors.add(FieldError.coded("regionId", "only a REGION_COORDINATOR is bound to a region",
                    "user.regionNotAllowed"));
        }
        return errors;
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
