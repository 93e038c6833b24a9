package nl.vptscan.access;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Forms posted after the login had expired, kept in the database (any instance may serve the next request) under a
 * random key of 256 bits for the page they came from, for at most a day, and handed back once.
 */
@Singleton
public class PendingForms {

    /** Larger forms are not kept: no page form of the service comes near it. */
    public static final int MAX_BODY = 256 * 1024;
    static final Duration KEPT = Duration.ofDays(1);

    private final PendingFormRepository forms;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PendingForms(PendingFormRepository forms, Clock clock) {
        this.forms = forms;
        this.clock = clock;
    }

    /** Keeps a form for a page; returns its key, or empty when the form is too large to keep. */
    @Transactional
    public Optional<String> keep(String path, String body) {
        if (body.length() > MAX_BODY || path.length() > 400) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        forms.deleteByCreatedAtLessThan(now.minus(KEPT));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        forms.save(new PendingForm(key, path, body, now));
        return Optional.of(key);
    }

    /** The form kept under this key for this page, removed as it is handed back; empty for any other page. */
    @Transactional
    public Optional<String> take(String key, String path) {
        Optional<PendingForm> form = forms.findById(key)
                .filter(f -> f.path().equals(path) && f.createdAt().isAfter(clock.instant().minus(KEPT)));
        form.ifPresent(forms::delete);
        return form.map(PendingForm::body);
    }
}
