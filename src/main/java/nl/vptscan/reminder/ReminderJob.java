package nl.vptscan.reminder;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import nl.vptscan.access.Recipient;
import nl.vptscan.access.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The daily reminder mail ({@code vptscan.reminders.cron}, 07:00 Dutch time by default): every reminder due that day
 * goes once to every user of its audience with an e-mail address who has not switched reminders off, in the user's
 * language. Several instances may run it at the same time: each mail is claimed in the database first.
 */
@Singleton
public class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final List<ReminderSource> sources;
    private final Recipients recipients;
    private final SentReminders sent;
    private final ReminderMail mail;
    private final ReminderTexts texts;
    private final Clock clock;

    ReminderJob(List<ReminderSource> sources, Recipients recipients, SentReminders sent, ReminderMail mail,
                ReminderTexts texts, Clock clock) {
        this.sources = sources;
        this.recipients = recipients;
        this.sent = sent;
        this.mail = mail;
        this.texts = texts;
        this.clock = clock;
    }

    @Scheduled(cron = "${vptscan.reminders.cron:0 0 7 * * *}", zoneId = "Europe/Amsterdam")
    void daily() {
        if (mail.configured()) {
            run(LocalDate.now(clock));
        }
    }

    /** Mails the reminders due on the day that were not sent before; the number of mails sent (0 without a server). */
    public int run(LocalDate today) {
        if (!mail.configured()) {
            return 0;
        }
        int mails = 0;
        int failed = 0;
        for (ReminderSource source : sources) {
            List<Reminder> due;
            try {
                due = source.due(today);
            } catch (RuntimeException e) {
                LOG.error("Reminders of {} could not be read; the others are sent", source.getClass().getSimpleName(), e);
                continue;
            }
            for (Reminder reminder : due) {
                for (Recipient recipient : reminder.audience().members(recipients)) {
                    if (!recipient.mailable() || !sent.claim(reminder, recipient.id())) {
                        continue;
                    }
                    if (send(reminder, recipient)) {
                        mails++;
                    } else {
                        failed++;
                    }
                }
            }
        }
        if (mails > 0 || failed > 0) {
            LOG.info("Reminders of {}: {} sent, {} failed (tried again on the next run)", today, mails, failed);
        }
        return mails;
    }

    private boolean send(Reminder reminder, Recipient recipient) {
        String lang = recipient.language();
        try {
            mail.send(recipient.email(), texts.subject(reminder, lang), texts.plain(reminder, recipient.username(), lang),
                    texts.html(reminder, recipient.username(), lang));
            return true;
        } catch (RuntimeException e) {
            sent.release(reminder, recipient.id());
            LOG.warn("Reminder {} {} to user {} could not be sent: {}", reminder.kind(), reminder.subject(),
                    recipient.username(), e.getMessage());
            return false;
        }
    }
}
