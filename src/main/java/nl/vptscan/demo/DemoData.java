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
 * inspector's audit with verdicts, the first member's latest self-assessments shared with that inspector, and the users demo-werkgever, demo-inspecteur, demo-coordinator and
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
    private final Clock clock;

    DemoData(OrganisationService organisations, AssessmentService assessments, AuditService audits, UserService users,
             ShareService shares, QuestionnaireCatalog catalog, CampaignService campaigns, Clock clock) {
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
        Assessment audit = assessments.create(first.id(), vpt.id(), AssessmentContext.Kind.AUDIT, "demo-inspecteur");
        assessments.saveAnswers(audit.id(), DemoAnswers.of(vpt, 0.55, 7, today), "demo-inspecteur");
        Map<String, VerdictInput> verdicts = new LinkedHashMap<>();
        Verdict[] cycle = {Verdict.IN_ORDE, Verdict.ADVIES, Verdict.IN_ORDE, Verdict.WAARSCHUWING, Verdict.EIS};
        List<Topic> topics = vpt.topics();
        for (int i = 0; i < topics.size(); i++) {
            verdicts.put(topics.get(i).id(), new VerdictInput(cycle[i % cycle.length], "Voorbeeldoordeel bij de demo"));
        }
        audits.saveVerdicts(audit.id(), verdicts, "demo-inspecteur");
        assessments.submit(audit.id(), "demo-inspecteur");
        LOG.info("Demo data created: region '{}' with {} members and two measurement rounds; log in as demo-werkgever, demo-inspecteur, "
                + "demo-coordinator or demo-beheerder", REGION, MEMBERS.size());
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
