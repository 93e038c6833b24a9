package nl.vptscan.reminder;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import nl.vptscan.TestDatabase;
import nl.vptscan.access.Caller;
import nl.vptscan.access.NewUser;
import nl.vptscan.access.Role;
import nl.vptscan.access.UserService;
import nl.vptscan.assessment.OrganisationInput;
import nl.vptscan.assessment.OrganisationService;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without a mail server configured the application starts, says once that reminders appear in the app only, the job
 * sends nothing and claims nothing, and the employer's dashboard lines show the overdue action.
 */
class ReminderWithoutMailIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void remindersStayInTheAppAndStartUpSaysSoOnce() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(ReminderMail.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        try (ApplicationContext context = ApplicationContext.run(Map.of("micronaut.server.port", -1), "test")) {
            var organisation = context.getBean(OrganisationService.class).create(new OrganisationInput(
                    "Gemeente Zonder Mail " + suffix, "gemeente", 50, null, null, null));
            UserService users = context.getBean(UserService.class);
            long user = users.create(new NewUser("zonder-mail-" + suffix, "long-enough-password", Role.EMPLOYER,
                    organisation.id(), null)).id();
            users.setEmail(user, "zonder-mail-" + suffix + "@example.org");
            ReminderFixture fixture = new ReminderFixture(null, context.getBean(TestDatabase.class));
            long plan = fixture.submitted(organisation.id(), Instant.now().minus(2, ChronoUnit.DAYS));
            fixture.action(plan, 0, TODAY.minusDays(3), "OPEN");

            assertEquals(0, context.getBean(ReminderJob.class).run(TODAY));
            try (Connection connection = fixture.connect();
                 PreparedStatement statement = connection.prepareStatement(
                         "SELECT COUNT(*) FROM sent_reminder WHERE recipient_id = ?")) {
                statement.setLong(1, user);
                try (ResultSet r = statement.executeQuery()) {
                    r.next();
                    assertEquals(0, r.getInt(1), "nothing is marked as sent");
                }
            }
            List<Reminders.Line> lines = context.getBean(Reminders.class).of(new Caller("zonder-mail-" + suffix,
                    Role.EMPLOYER, organisation.id(), null), "en");
            assertTrue(lines.contains(new Reminders.Line("plan-action-overdue", "Action 1 of the improvement plan is "
                    + "overdue (due " + java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                    .withLocale(java.util.Locale.ENGLISH).format(TODAY.minusDays(3)) + ")", "/beoordelingen/" + plan
                    + "/plan", TODAY.minusDays(3))), lines.toString());
            assertFalse(context.getBean(Reminders.class).of(new Caller("ander", Role.EMPLOYER, organisation.id() + 1_000_000,
                    null), "en").stream().anyMatch(l -> l.link().equals("/beoordelingen/" + plan + "/plan")),
                    "another organisation's employer does not see it");
        } finally {
            logger.detachAppender(log);
        }
        assertEquals(1, log.list.stream().filter(e -> e.getFormattedMessage().startsWith("No mail server configured")).count(),
                log.list.toString());
    }
}
