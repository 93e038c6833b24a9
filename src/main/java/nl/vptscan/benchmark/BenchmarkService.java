package nl.vptscan.benchmark;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.assessment.Organisation;
import nl.vptscan.assessment.OrganisationService;
import nl.vptscan.assessment.Region;
import nl.vptscan.problem.DomainException;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.questionnaire.Text;
import nl.vptscan.organisation.Sector;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Benchmarks over members' latest submitted self-assessments: the coordinator's view of a region and a member's
 * own view against its region and sector. Figures over groups smaller than the configured minimum are withheld.
 */
@Singleton
public class BenchmarkService {

    private final BenchmarkQueries queries;
    private final OrganisationService organisations;
    private final QuestionnaireCatalog catalog;
    private final BenchmarkSettings settings;
    private final SpreadCache spreads;

    BenchmarkService(BenchmarkQueries queries, OrganisationService organisations, QuestionnaireCatalog catalog,
                     BenchmarkSettings settings, SpreadCache spreads) {
        this.queries = queries;
        this.spreads = spreads;
        this.organisations = organisations;
        this.catalog = catalog;
        this.settings = settings;
    }

    /**
     * The coordinator's view: the region's distribution over all its members and one page of members, those
     * without a result included.
     */
    @Transactional(readOnly = true)
    public RegionBenchmark region(long regionId, String questionnaireId, MemberQuery query) {
        Questionnaire questionnaire = questionnaire(questionnaireId);
        Region region = organisations.region(regionId);
        long members = organisations.memberCount(regionId);
        Spread spread = spread(Scope.region(regionId), questionnaire.id(), queries.version());
        List<BenchmarkQueries.Member> page = queries.page(regionId, questionnaire.id(), query);
        List<MemberScores> scores = scores(Scope.region(regionId).only(page.stream().map(BenchmarkQueries.Member::id)
                .toList()), page, questionnaire, spread);
        return view(region, questionnaire, members, spread, query, scores);
    }

    /** The coordinator's view without members: the workbook's overview, its members come from {@link #eachMember}. */
    @Transactional(readOnly = true)
    public RegionBenchmark regionOverview(long regionId, String questionnaireId) {
        Questionnaire questionnaire = questionnaire(questionnaireId);
        Region region = organisations.region(regionId);
        long members = organisations.memberCount(regionId);
        Spread spread = spread(Scope.region(regionId), questionnaire.id(), queries.version());
        MemberQuery all = new MemberQuery(1, (int) Math.max(1, members), MemberQuery.Sort.NAME, false);
        return view(region, questionnaire, members, spread, all, List.of());
    }

    /**
     * Hands every member of the region to {@code each} in name order, with its scores and its percentiles in the
     * region. Only the score rows are held for all members; each member's view of them is made as it is handed
     * over, so the workbook writes it and lets it go.
     */
    @Transactional(readOnly = true)
    public void eachMember(long regionId, Questionnaire questionnaire, Consumer<MemberScores> each) {
        Spread spread = spread(Scope.region(regionId), questionnaire.id(), queries.version());
        int minimum = settings.minimumGroupSize();
        Map<Long, List<ScoreRow>> byMember = queries.scores(Scope.region(regionId), questionnaire.id()).stream()
                .collect(Collectors.groupingBy(ScoreRow::organisationId));
        for (BenchmarkQueries.Member member : queries.members(regionId)) {
            each.accept(MemberRows.toScores(member.id(), member.name(), byMember.get(member.id()), questionnaire,
                    spread, minimum));
        }
    }

    private List<MemberScores> scores(Scope scope, List<BenchmarkQueries.Member> members, Questionnaire questionnaire,
                                      Spread spread) {
        if (members.isEmpty()) {
            return List.of();
        }
        int minimum = settings.minimumGroupSize();
        Map<Long, List<ScoreRow>> byMember = queries.scores(scope, questionnaire.id()).stream()
                .collect(Collectors.groupingBy(ScoreRow::organisationId));
        return members.stream()
                .map(m -> MemberRows.toScores(m.id(), m.name(), byMember.get(m.id()), questionnaire, spread, minimum))
                .toList();
    }

    private RegionBenchmark view(Region region, Questionnaire questionnaire, long members, Spread spread,
                                 MemberQuery query, List<MemberScores> scores) {
        int minimum = settings.minimumGroupSize();
        Group group = Groups.of(new Text(region.name(), region.name()), spread, questionnaire, minimum, null);
        int withResult = (int) spread.size(BenchmarkQueries.OVERALL);
        return new RegionBenchmark(region.id(), region.name(), questionnaire.id(), minimum, (int) members, withResult,
                group, query.page(), query.size(), query.pages(members), query.sortWord(), query.orderWord(), scores);
    }

    /** A member's own view: its scores against its region (if any) and its sector, naming no other organisation. */
    @Transactional(readOnly = true)
    public MemberBenchmark member(long organisationId, String questionnaireId) {
        Questionnaire questionnaire = questionnaire(questionnaireId);
        Organisation organisation = organisations.get(organisationId);
        int minimum = settings.minimumGroupSize();
        SpreadCache.Version version = queries.version();
        MemberScores own = MemberRows.toScores(organisationId, organisation.name(),
                queries.scores(Scope.organisation(organisationId), questionnaire.id()), questionnaire, null, minimum);
        Group region = null;
        if (organisation.regionId() != null) {
            Region r = organisations.region(organisation.regionId());
            region = Groups.of(new Text(r.name(), r.name()), spread(Scope.region(r.id()), questionnaire.id(), version),
                    questionnaire, minimum, own);
        }
        Text sectorName = Sector.fromCode(organisation.sector())
                .map(s -> new Text(s.label("nl"), s.label("en")))
                .orElse(new Text(organisation.sector(), organisation.sector()));
        Group sector = Groups.of(sectorName, spread(Scope.sector(organisation.sector()), questionnaire.id(), version),
                questionnaire, minimum, own);
        return new MemberBenchmark(organisationId, questionnaire.id(), minimum, own.referenceDate(), own.overall(),
                own.topics(), region, sector);
    }

    private Spread spread(Scope scope, String questionnaireId, SpreadCache.Version version) {
        return spreads.get(scope, questionnaireId, version);
    }

    /** The questionnaire a benchmark is asked for; 400 when it is missing or unknown. */
    public Questionnaire questionnaire(String questionnaireId) {
        if (questionnaireId == null || questionnaireId.isBlank()) {
            throw DomainException.invalidField("required: the id of a questionnaire", "questionnaire",
                    "questionnaire.required");
        }
        return catalog.find(questionnaireId).orElseThrow(() -> DomainException.invalidField(
                "no questionnaire '" + questionnaireId + "'", "questionnaire", "questionnaire.unknown", questionnaireId));
    }
}
