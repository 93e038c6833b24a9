package nl.vptscan.access;

import nl.vptscan.problem.FieldError;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes (all
 * that bcrypt reads), not containing the user name, and not a common password (the list in
 * {@code access/common-passwords.txt}, also with digits or punctuation added at the end), all case-insensitive.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The problem with this password for this user, named for the given field; empty when it is acceptable. */
    static Optional<FieldError> check(String field, String username, String password) {
        if (password == null || password.isBlank()) {
            return Optional.of(FieldError.coded(field, "is required", "password.required"));
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(FieldError.coded(field, "needs at least " + MIN_LENGTH + " characters", "password.tooShort",
                    MIN_LENGTH));
        }
        if (tooLong(password)) {
            return Optional.of(FieldError.coded(field, "may be at most " + MAX_BYTES + " bytes (UTF-8)", "password.tooLong",
                    MAX_BYTES));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(FieldError.coded(field, "must not contain the user name", "password.containsUsername"));
        }
        if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("[\\d\\p{Punct}\\s]+$", ""))) {
            return Optional.of(FieldError.coded(field,
                    "is too common; choose a longer sentence or a random password", "password.tooCommon"));
        }
        return Optional.empty();
    }

    static List<FieldError> errors(String field, String username, String password) {
        List<FieldError> errors = new ArrayList<>();
        check(field, username, password).ifPresent(errors::add);
        return errors;
    }

    /** More than bcrypt reads: such a password can never have been set. */
    static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/access/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("access/common-passwords.txt is missing");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
