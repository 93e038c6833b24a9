package nl.vptscan.reminder;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.email.MultipartBody;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMTP mail server of the reminders (Micronaut Email over Jakarta Mail: {@code javamail.properties} and
 * {@code micronaut.email.from.email}). Without both, reminders appear in the app only, which start-up logs once.
 */
@Singleton
class ReminderMail implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderMail.class);

    private final BeanProvider<EmailSender<?, ?>> sender;
    private final boolean configured;

    ReminderMail(BeanProvider<EmailSender<?, ?>> sender, Environment environment,
                 @Nullable @Value("${micronaut.email.from.email:}") String from) {
        this.sender = sender;
        this.configured = environment.getProperty("javamail.enabled", Boolean.class).orElse(true)
                && environment.containsProperties("javamail.properties") && from != null && !from.isBlank();
    }

    /** Whether a mail server and a sender address are configured. */
    boolean configured() {
        return configured;
    }

    /** Sends one mail with a plain-text and an HTML part; throws when the server refuses it. */
    void send(String to, String subject, String text, String html) {
        sender.get().send(Email.builder().to(to).subject(subject).body(new MultipartBody(html, text)));
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (configured()) {
            LOG.info("Reminders are sent by e-mail every day");
        } else {
            LOG.info("No mail server configured (javamail.properties and micronaut.email.from.email): "
                    + "reminders appear in the app only, on the dashboard");
        }
    }
}
