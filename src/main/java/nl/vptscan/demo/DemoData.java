package nl.vptscan.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.vptscan.access.Caller;
import nl.vptscan.campaign.CampaignInput;
import nl.vptscan.campaign.CampaignService;
import nl.vptscan.access.NewUser;
import nl.vptscan.access.Role;
import nl.vptscan.access.UserService;
import nl.vptscan.access.UserView;
import nl.vptscan.assessment.Assessment;
import nl.vptscan.assessment.AssessmentService;
import nl.vptscan.assessment.AuditService;
import nl.vptscan.assessment.FollowUpService;
import nl.vptscan.assessment.Organisation;
import nl.vptscan.assessment.OrganisationInput;
import nl.vptscan.assessment.OrganisationService;
import nl.vptscan.assessment.Region;
import nl.vptscan.assessment.ShareService;
import nl.vptscan.assessment.Verdict;
import nl.vptscan.assessment.VerdictInput;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.questionnaire.Topic;
import nl.vptscan.scoring.fact.AssessmentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds the demo once, when {@code vptscan.demo.enabled} is true and the demo region does not exist yet: six
 * fictional members of "VPT-regio Voorbeeld" with submitted self-assessments of every questionnaire (answering the
 * region's 0-meting of the vpt-8 questionnaire; its 1-meting opens the next day), an
 * inspector's audit of three months ago with an eis and a waarschuwing whose deadlines have passed and its
 * re-inspection that marks the eis as a repeat with its indicative fine, a second member's eis awaiting a
 * re-inspection, the first member's latest self-assessments shared with that inspector, and the users demo-werkgever, demo-inspecteur, demo-coordinator and
 * demo-beheerder, all with the password {@value #PASSWORD}.
 */
@Singleton
@Requires(property = "vptscan.demo.enabled", value = "true")
class DemoData {

    static final String REGION = "VPT-regio Voorbeeld";
    static final String PASSWORD = "demo-wachtwoord";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private record Member(String name, String sector, int employees, double maturity) {
    }

    private static final List<Member> MEMBERS = List.of(
            new Member("Gemeente Voorbeeldstad", "gemeente", 850, 0.85),
            new Member("Gemeente Noorderwaard", "gemeente", 420, 0.55),
            new Member("Zorggroep De Linde (fictief)", "zorg", 1200, 0.7),
            new Member("Woonstichting Thuisbasis (fictief)", "woningcorporatie", 180, 0.35),
            new Member("ROC Voorbeeldland", "onderwijs", 2400, 0.6),
            new Member("Vervoerbedrijf Lijn Voorbeeld", "openbaar-vervoer", 950, 0.45));

    private final OrganisationService organisations;
    private final AssessmentService assessments;
    private final AuditService audits;
    private final UserService users;
    private final ShareService shares;
    private final QuestionnaireCatalog catalog;
    private final CampaignService campaigns;
    private final FollowUpService followUps;
    private final Clock clock;

    DemoData(OrganisationService organisations, AssessmentService assessments, AuditService audits, UserService users,
             ShareService shares, QuestionnaireCatalog catalog, CampaignService campaigns, FollowUpService followUps,
             Clock clock) {
        this.followUps = followUps;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.assessments = assessments;
        this.audits = audits;
        this.users = users;
        this.shares = shares;
        this.catalog = catalog;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (organisations.regions().stream().anyMatch(r -> r.name().equals(REGION))) {
            LOG.info("Demo data present already");
            return;
        }
        seed();
    }

    void seed() {
        LocalDate today = LocalDate.now(clock);
        Region region = organisations.createRegion(REGION);
        // the 0-meting, opened half a year ago, which the members' self-assessments below answer
        Caller coordinator = new Caller("demo-coordinator", Role.REGION_COORDINATOR, null, region.id());
        Organisation first = null;
        List<Assessment> firstLatest = new java.util.ArrayList<>();
        for (int i = 0; i < MEMBERS.size(); i++) {
            Member m = MEMBERS.get(i);
            Organisation organisation = organisations.create(new OrganisationInput(m.name(), m.sector(), m.employees(),
                    null, region.id(), today.minusYears(2)));
            if (first == null) {
                first = organisation;
                // an earlier, weaker self-assessment, so the organisation page shows a trend
                for (Questionnaire q : catalog.all()) {
                    submitted(organisation, q, AssessmentContext.Kind.SELF, m.maturity() - 0.3, 100 + i, "demo-werkgever");
                }
            }
            for (Questionnaire q : catalog.all()) {
                Assessment latest = submitted(organisation, q, AssessmentContext.Kind.SELF, m.maturity(), i, "demo-werkgever");
                if (organisation == first) {
                    firstLatest.add(latest);
                }
            }
        }
        campaigns.create(coordinator, region.id(), new CampaignInput("vpt-8-maatregelen", 0, today,
                today.minusMonths(6), null));
        // the 1-meting, opening tomorrow: every member is asked again
        campaigns.create(coordinator, region.id(), new CampaignInput("vpt-8-maatregelen", 1, today.plusMonths(2),
                today.plusDays(1), null));
        user("demo-werkgever", Role.EMPLOYER, first.id(), null);
        user("demo-inspecteur", Role.INSPECTOR, null, null);
        user("demo-coordinator", Role.REGION_COORDINATOR, null, region.id());
        user("demo-beheerder", Role.ADMIN, null, null);
        // the employer shares its latest self-assessments with the inspector, so the comparison has one beside the audit
        Caller employer = new Caller("demo-werkgever", Role.EMPLOYER, first.id(), null);
        firstLatest.forEach(a -> shares.share(employer, a.id(), "demo-inspecteur", null));
        Questionnaire vpt = catalog.find("vpt-8-maatregelen").orElse(catalog.all().iterator().next());
        // the audit of three months ago: a waarschuwing on m4 and an eis on m5, both with deadlines that have passed
        Assessment audit = audit(first, vpt, 0.55, 7, today.minusMonths(3), Map.of(
                "m4", new VerdictInput(Verdict.WAARSCHUWING, "Nog niet alle baliemedewerkers getraind", today.minusDays(40)),
                "m5", new VerdictInput(Verdict.EIS, "Geen reactie op daders binnen 48 uur", today.minusDays(21))));
        // the re-inspection of last week: m4 is met now, m5 is not and is a repeat with its indicative fine; a new
        // eis on m5 is open for the employer
        Assessment followUp = followUps.start(audit.id(), "demo-inspecteur");
        fill(followUp, vpt, 0.6, 8, today, Map.of(
                "m4", new VerdictInput(Verdict.IN_ORDE, "Alle baliemedewerkers getraind"),
                "m5", new VerdictInput(Verdict.EIS, "Nog steeds geen reactie op daders", today.plusWeeks(6))));
        // another member's audit whose eis passed its deadline a week ago: it awaits a re-inspection
        Organisation second = organisations.list().stream().filter(o -> o.name().equals(MEMBERS.get(1).name()))
                .findFirst().orElseThrow();
        audit(second, vpt, 0.45, 9, today.minusMonths(2), Map.of(
                "m3", new VerdictInput(Verdict.EIS, "Voorvallen worden niet centraal geregistreerd", today.minusDays(7))));
        LOG.info("Demo data created: region '{}' with {} members and two measurement rounds; log in as demo-werkgever, demo-inspecteur, "
                + "demo-coordinator or demo-beheerder", REGION, MEMBERS.size());
    }

    /** A submitted audit whose verdicts were given on {@code givenOn}; topics without a verdict here are in order. */
    private Assessment audit(Organisation organisation, Questionnaire q, double maturity, long seed, LocalDate givenOn,
                             Map<String, VerdictInput> demands) {
        Assessment audit = assessments.create(organisation.id(), q.id(), AssessmentContext.Kind.AUDIT, "demo-inspecteur");
        fill(audit, q, maturity, seed, givenOn, demands);
        return audit;
    }

    private void fill(Assessment audit, Questionnaire q, double maturity, long seed, LocalDate givenOn,
                      Map<String, VerdictInput> demands) {
        assessments.saveAnswers(audit.id(), DemoAnswers.of(q, maturity, seed, LocalDate.now(clock)), "demo-inspecteur");
        Map<String, VerdictInput> verdicts = new LinkedHashMap<>();
        for (Topic topic : q.topics()) {
            verdicts.put(topic.id(), demands.getOrDefault(topic.id(), new VerdictInput(Verdict.IN_ORDE,
                    "Voorbeeldoordeel bij de demo")));
        }
        audits.saveVerdicts(audit.id(), verdicts, "demo-inspecteur", givenOn);
        assessments.submit(audit.id(), "demo-inspecteur");
    }

    private Assessment submitted(Organisation organisation, Questionnaire q, AssessmentContext.Kind kind, double maturity,
                                 long seed, String actor) {
        Assessment a = assessments.create(organisation.id(), q.id(), kind, actor);
        assessments.saveAnswers(a.id(), DemoAnswers.of(q, Math.max(0.05, maturity), seed * 31 + q.id().hashCode(),
                LocalDate.now(clock)), actor);
        assessments.submit(a.id(), actor);
        return a;
    }

    private void user(String name, Role role, Long organisationId, Long regionId) {
        if (users.list().stream().map(UserView::username).anyMatch(name::equals)) {
            LOG.warn("Demo user {} exists already; left as it is", name);
            return;
        }
        users.create(new NewUser(name, PASSWORD, role, organisationId, regionId));
    }
}
