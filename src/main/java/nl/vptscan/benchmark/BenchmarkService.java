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

    BenchmarkService(BenchmarkQueries queries, OrganisationService organisations, QuestionnaireCatalog catalog,
                     BenchmarkSettings settings) {
        this.queries = queries;
        this.organisations = organisations;
        this.catalog = catalog;
        this.settings = settings;
    }

    /** The coordinator's view: the region's distribution and every member, those without a result included. */
    @Transactional(readOnly = true)
    public RegionBenchmark region(long regionId, String questionnaireId) {
        Questionnaire questionnaire = questionnaire(questionnaireId);
        Region region = organisations.region(regionId);
        List<Organisation> members = organisations.members(regionId);
        int minimum = settings.minimumGroupSize();
        Spread spread = queries.spread(Scope.region(regionId), questionnaire.id());
        Group group = Groups.of(new Text(region.name(), region.name()), spread, questionnaire, minimum, null);
        Map<Long, List<ScoreRow>> byMember = queries.scores(Scope.region(regionId), questionnaire.id()).stream()
                .collect(Collectors.groupingBy(ScoreRow::organisationId));
        List<MemberScores> scores = members.stream()
                .map(m -> MemberRows.toScores(m.id(), m.name(), byMember.get(m.id()), questionnaire, spread, minimum))
                .toList();
        int withResult = (int) scores.stream().filter(MemberScores::hasResult).count();
        return new RegionBenchmark(regionId, region.name(), questionnaire.id(), minimum, members.size(), withResult,
                group, scores);
    }

    /** A member's own view: its scores against its region (if any) and its sector, naming no other organisation. */
    @Transactional(readOnly = true)
    public MemberBenchmark member(long organisationId, String questionnaireId) {
        Questionnaire questionnaire = questionnaire(questionnaireId);
        Organisation organisation = organisations.get(organisationId);
        int minimum = settings.minimumGroupSize();
        MemberScores own = MemberRows.toScores(organisationId, organisation.name(),
                queries.scores(Scope.organisation(organisationId), questionnaire.id()), questionnaire, null, minimum);
        Group region = null;
        if (organisation.regionId() != null) {
            Region r = organisations.region(organisation.regionId());
            region = Groups.of(new Text(r.name(), r.name()), queries.spread(Scope.region(r.id()), questionnaire.id()),
                    questionnaire, minimum, own);
        }
        Text sectorName = Sector.fromCode(organisation.sector())
                .map(s -> new Text(s.label("nl"), s.label("en")))
                .orElse(new Text(organisation.sector(), organisation.sector()));
        Group sector = Groups.of(sectorName, queries.spread(Scope.sector(organisation.sector()), questionnaire.id()),
                questionnaire, minimum, own);
        return new MemberBenchmark(organisationId, questionnaire.id(), minimum, own.referenceDate(), own.overall(),
                own.topics(), region, sector);
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
