package nl.vptscan.reminder;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import nl.vptscan.AdminLoginFilter;
import nl.vptscan.TestDatabase;
import nl.vptscan.access.Recipients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily reminder job over SMTP: a GreenMail server in this JVM receives the mails, which are read back
 * (recipient, subject, both parts, link). MariaDB holds the users, plans, campaigns and the sent reminders.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReminderMailIT implements TestPropertyProvider {

    private static final String BASE = "https://vpt.example.nl";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private GreenMail smtp;

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;
    @Inject
    ReminderJob job;

    @Inject
    TestDatabase database;

    private ReminderFixture fixture;

    @Override
    public Map<String, String> getProperties() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("vptscan-mail", "smtp-secret"));
        smtp.start();
        return Map.of("javamail.properties.mail.smtp.host", "127.0.0.1",
                "javamail.properties.mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()),
                "javamail.properties.mail.smtp.auth", "true",
                "javamail.authentication.username", "vptscan-mail",
                "javamail.authentication.password", "smtp-secret",
                "micronaut.email.from.email", "herinneringen@vpt.example.nl",
                "vptscan.reminders.base-url", BASE + "/",
                "vptscan.reminders.campaign-days-before", "5",
                "vptscan.reminders.demand-days-before", "10");
    }

    @BeforeAll
    void fixture() {
        fixture = new ReminderFixture(client.toBlocking(), database);
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void eachDueReminderIsMailedOnceToWhoWantsItInItsLanguageWithTheLink() throws Exception {
        long organisation = fixture.organisation("Gemeente Herinnering");
        long older = fixture.submitted(organisation, Instant.now().minus(400, ChronoUnit.DAYS));
        fixture.action(older, 0, TODAY.minusDays(300), "OPEN");
        long plan = fixture.submitted(organisation, Instant.now().minus(1, ChronoUnit.DAYS));
        fixture.action(plan, 0, TODAY.minusDays(10), "OPEN");
        fixture.action(plan, 1, TODAY.minusDays(1), "IN_PROGRESS");
        fixture.action(plan, 2, TODAY.minusDays(5), "DONE");
        fixture.action(plan, 3, TODAY.plusDays(5), "OPEN");
        fixture.employer("nl", organisation, true);
        fixture.employer("en", organisation, false);
        settings("en", Map.of("email", fixture.address("en"), "reminders", true, "language", "en"));
        fixture.employer("uit", organisation, true);
        settings("uit", Map.of("email", fixture.address("uit"), "reminders", false, "language", "nl"));
        fixture.employer("zonder", organisation, false);

        long region = fixture.region("Regio Herinnering");
        long asked = fixture.organisation("Lid Herinnering");
        long answered = fixture.organisation("Lid Ingediend");
        fixture.member(region, asked);
        fixture.member(region, answered);
        fixture.employer("lid", asked, true);
        fixture.employer("klaar", answered, true);
        fixture.post("/api/regions/" + region + "/campaigns", Map.of("questionnaire", "vpt-8-maatregelen", "round", 0,
                "dueOn", TODAY.plusDays(3).toString(), "members", List.of(asked, answered)));
        fixture.submitted(answered, Instant.now());

        job.run(TODAY);

        List<MimeMessage> nl = to(fixture.address("nl"));
        assertEquals(List.of("Actie 1 van het plan van aanpak is over datum (uiterlijk " + dutch(TODAY.minusDays(10)) + ")",
                "Actie 2 van het plan van aanpak is over datum (uiterlijk " + dutch(TODAY.minusDays(1)) + ")"), subjects(nl));
        String text = part(nl.get(0), "text/plain");
        assertTrue(text.startsWith("Beste nl-" + fixture.suffix + ","), text);
        assertTrue(text.contains("\"Maatregel 1 uitvoeren\""), text);
        assertTrue(text.contains(BASE + "/beoordelingen/" + plan + "/plan"), text);
        assertTrue(part(nl.get(0), "text/html").contains("<a href=\"" + BASE + "/beoordelingen/" + plan + "/plan\">"));
        assertEquals("herinneringen@vpt.example.nl", nl.get(0).getFrom()[0].toString());

        List<MimeMessage> en = to(fixture.address("en"));
        assertEquals(List.of("Action 1 of the improvement plan is overdue (due " + english(TODAY.minusDays(10)) + ")",
                "Action 2 of the improvement plan is overdue (due " + english(TODAY.minusDays(1)) + ")"), subjects(en));
        assertTrue(part(en.get(1), "text/plain").contains("\"Carry out measure 2\""));

        assertEquals(List.of(), to(fixture.address("uit")), "reminders switched off: no mail");

        List<MimeMessage> member = to(fixture.address("lid"));
        assertEquals(1, member.size());
        assertEquals("Herinnering: Regio Herinnering " + fixture.suffix + " vraagt u de 0-meting voor "
                + "Veilige Publieke Taak: de acht maatregelen van de werkgever in te vullen (uiterlijk " + dutch(TODAY.plusDays(3)) + ")",
                member.get(0).getSubject());
        assertTrue(part(member.get(0), "text/plain").contains(BASE + "/#todo"));
        assertEquals(List.of(), to(fixture.address("klaar")), "a member that submitted is not reminded");

        int before = smtp.getReceivedMessages().length;
        assertEquals(0, job.run(TODAY), "the second run of the day sends nothing");
        assertEquals(before, smtp.getReceivedMessages().length);
        job.run(TODAY.plusDays(1));
        assertEquals(2, to(fixture.address("nl")).size(), "the next day's run sends the same reminders not again");
        assertEquals(2, to(fixture.address("en")).size());
        assertEquals(1, to(fixture.address("lid")).size());
    }

    @Test
    void anEisWhoseDeadlineApproachesIsMailedOnceToTheEmployerAndTheInspector() throws Exception {
        long organisation = fixture.organisation("Gemeente Termijn");
        fixture.employer("termijn", organisation, true);
        String inspector = fixture.inspector("inspecteur");
        long audit = fixture.audit(organisation, inspector, "m5", "EIS", TODAY.plusDays(7));
        fixture.audit(organisation, inspector, "m4", "WAARSCHUWING", TODAY.plusDays(30));

        job.run(TODAY);

        String subject = "De termijn van de eis over Reageren: reageer binnen 48 uur richting de dader voor Gemeente Termijn "
                + fixture.suffix + " loopt af op " + dutch(TODAY.plusDays(7));
        for (String name : List.of("termijn", "inspecteur")) {
            List<MimeMessage> mails = to(fixture.address(name));
            assertEquals(List.of(subject), subjects(mails), name + ": only the eis within ten days");
            assertTrue(part(mails.get(0), "text/plain").contains(BASE + "/beoordelingen/" + audit + "/oordelen"));
        }
        job.run(TODAY.plusDays(1));
        assertEquals(1, to(fixture.address("termijn")).size(), "mailed once");
        assertEquals(1, to(fixture.address("inspecteur")).size(), "mailed once");
    }

    @Test
    void twoJobInstancesRunningAtOnceMailEachReminderOnce() throws Exception {
        long organisation = fixture.organisation("Gemeente Gelijktijdig");
        long plan = fixture.submitted(organisation, Instant.now());
        int actions = 15;
        for (int i = 0; i < actions; i++) {
            fixture.action(plan, i, TODAY.minusDays(1 + i), "OPEN");
        }
        List<String> users = List.of("een", "twee", "drie");
        for (String name : users) {
            fixture.employer(name, organisation, true);
        }
        ReminderJob other = new ReminderJob(new ArrayList<>(context.getBeansOfType(ReminderSource.class)),
                context.getBean(Recipients.class), context.getBean(SentReminders.class), context.getBean(ReminderMail.class),
                context.getBean(ReminderTexts.class), context.getBean(Clock.class));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(() -> {
                start.await();
                return job.run(TODAY);
            });
            Future<Integer> second = pool.submit(() -> {
                start.await();
                return other.run(TODAY);
            });
            start.countDown();
            int sent = first.get() + second.get();
            assertTrue(sent >= actions * users.size(), "sent " + sent);
        } finally {
            pool.shutdownNow();
        }
        for (String name : users) {
            List<String> subjects = subjects(to(fixture.address(name)));
            assertEquals(actions, subjects.size(), name + " got " + subjects);
            assertEquals(actions, new TreeSet<>(subjects).size(), name + " got a reminder twice: " + subjects);
        }
    }

    @Test
    void aMailTheServerRefusesIsTriedAgainOnTheNextRun() throws Exception {
        long organisation = fixture.organisation("Gemeente Geweigerd");
        long plan = fixture.submitted(organisation, Instant.now());
        fixture.action(plan, 0, TODAY.minusDays(4), "OPEN");
        fixture.employer("geweigerd", organisation, true);
        ReminderMail refusing = new ReminderMail(null, context.getEnvironment(), "herinneringen@vpt.example.nl") {
            @Override
            void send(String to, String subject, String text, String html) {
                throw new IllegalStateException("550 mailbox unavailable");
            }
        };
        ReminderJob failing = new ReminderJob(new ArrayList<>(context.getBeansOfType(ReminderSource.class)),
                context.getBean(Recipients.class), context.getBean(SentReminders.class), refusing,
                context.getBean(ReminderTexts.class), context.getBean(Clock.class));
        failing.run(TODAY);
        assertEquals(List.of(), to(fixture.address("geweigerd")));
        job.run(TODAY);
        assertEquals(1, to(fixture.address("geweigerd")).size(), "the refused reminder goes out on the next run");
    }

    @Test
    void theEmployersDashboardListsItsOverdueActions() throws Exception {
        long organisation = fixture.organisation("Gemeente Overzicht");
        fixture.employer("overzicht", organisation, false);
        String token = AdminLoginFilter.login(server.getURI(), "overzicht-" + fixture.suffix, ReminderFixture.PASSWORD);
        long plan = fixture.submittedWithPlan(organisation, token);
        fixture.due(plan, 0, TODAY.minusDays(2));
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        server.getURI().resolve("/")).header("Accept", "text/html").header("Cookie", "JWT=" + token).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("<a href=\"/beoordelingen/" + plan + "/plan\">Actie 1 van het plan van aanpak "
                + "is over datum (uiterlijk " + dutch(TODAY.minusDays(2)) + ")</a>"), response.body());
    }

    @Test
    void anAddressThatIsNoneIsRefusedWithItsCodeAndNothingIsStored() {
        long organisation = fixture.organisation("Gemeente Adres");
        long id = ReminderFixture.id(fixture.employer("adres", organisation, true));
        for (String bad : List.of("geen-adres", "twee@@example.org", "naam@example", "spatie in@example.org",
                "a".repeat(250) + "@example.org")) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> fixture.put("/api/users/" + id + "/email", Map.of("email", bad)));
            assertEquals(HttpStatus.BAD_REQUEST, e.getStatus(), bad);
            String body = e.getResponse().getBody(String.class).orElse("");
            assertTrue(body.contains("\"field\":\"email\"") && body.contains("\"code\":\"email.invalid\""), body);
        }
        Map<String, Object> stored = fixture.put("/api/users/" + id + "/email", Map.of("email", "  " + fixture.address("adres") + " "));
        assertEquals(fixture.address("adres"), stored.get("email"));
        assertEquals(null, fixture.put("/api/users/" + id + "/email", Map.of("email", "")).get("email"));
    }

    /** A user's own settings through the API, logged in as that user. */
    private void settings(String name, Map<String, Object> settings) throws Exception {
        String token = AdminLoginFilter.login(server.getURI(), name + "-" + fixture.suffix, ReminderFixture.PASSWORD);
        Map<String, Object> saved = fixture.as(HttpRequest.PUT("/api/users/me/settings", settings), token);
        assertEquals(settings.get("reminders"), saved.get("reminders"));
        assertEquals(settings.get("language"), saved.get("language"));
    }

    private List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (address.equals(message.getRecipients(Message.RecipientType.TO)[0].toString())) {
                found.add(message);
            }
        }
        return found;
    }

    private static List<String> subjects(List<MimeMessage> messages) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : messages) {
            subjects.add(message.getSubject());
        }
        subjects.sort(null);
        return subjects;
    }

    private static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            seen.add(part.getContentType());
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof MimeMultipart inner) {
                for (int j = 0; j < inner.getCount(); j++) {
                    if (inner.getBodyPart(j).isMimeType(type)) {
                        return (String) inner.getBodyPart(j).getContent();
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " part in " + seen);
    }

    private static String dutch(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.forLanguageTag("nl")).format(date);
    }

    private static String english(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.ENGLISH).format(date);
    }
}
