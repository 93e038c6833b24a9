package nl.vptscan.reminder;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Session;

import java.util.Properties;

/**
 * The mail session of the reminders: a session of its own (not Jakarta Mail's JVM-wide default session, which
 * refuses a second user with another authenticator), with time-outs so that a mail server that does not answer holds
 * up the daily job for seconds, not for ever.
 */
@Singleton
@Requires(property = "javamail.properties")
class MailSession implements SessionProvider {

    private static final String TIMEOUT_MS = "10000";

    private final Session session;

    MailSession(MailPropertiesProvider properties, @Nullable Authenticator authenticator) {
        Properties configured = new Properties();
        configured.putAll(properties.mailProperties());
        for (String key : new String[] {"mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout"}) {
            configured.putIfAbsent(key, TIMEOUT_MS);
        }
        if (authenticator != null) {
            configured.putIfAbsent("mail.smtp.auth", "true");
        }
        this.session = Session.getInstance(configured, authenticator);
    }

    @Override
    public Session session() {
        return session;
    }
}
