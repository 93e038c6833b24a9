package nl.vptscan.campaign;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.access.Caller;
import nl.vptscan.assessment.Organisation;
import nl.vptscan.assessment.OrganisationService;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Campaigns of a region: starting one, its funnel per member, and the open requests a member sees. The caller's
 * access is checked by the controllers; this service trusts the region and organisation ids it is given.
 */
@Singleton
public class CampaignService {

    /** The highest round number accepted: rounds are counted, not dated. */
    static final int MAX_ROUND = 99;
    private static final LocalDate NO_NEXT_ROUND = LocalDate.of(9999, 12, 31);

    private final CampaignRepository campaigns;
    private final CampaignQueries queries;
    private final OrganisationService organisations;
    private final QuestionnaireCatalog catalog;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, CampaignQueries queries, OrganisationService organisations,
                    QuestionnaireCatalog catalog, Clock clock) {
        this.campaigns = campaigns;
        this.queries = queries;
        this.organisations = organisations;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Starts a campaign in the region; refused naming each bad field, or as a conflict when the round already exists. */
    @Transactional
    public CampaignView create(Caller caller, long regionId, CampaignInput input) {
        organisations.region(regionId);
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        String questionnaireId = input.questionnaire();
        if (questionnaireId == null || questionnaireId.isBlank()) {
            errors.add(FieldError.coded("questionnaire", "required: the id of a questionnaire",
                    "campaign.questionnaire.required"));
        } else if (catalog.find(questionnaireId).isEmpty()) {
            errors.add(FieldError.coded("questionnaire", "no questionnaire '" + questionnaireId + "'",
                    "questionnaire.unknown", questionnaireId));
        }
        if (input.round() == null) {
            errors.add(FieldError.coded("round", "required: 0 for the 0-meting, 1 for the 1-meting, ...",
                    "campaign.round.required"));
        } else if (input.round() < 0 || input.round() > MAX_ROUND) {
            errors.add(FieldError.coded("round", "must be between 0 and " + MAX_ROUND, "campaign.round.range", MAX_ROUND));
        }
        LocalDate opensOn = input.opensOn() == null ? today : input.opensOn();
        if (input.dueOn() == null) {
            errors.add(FieldError.coded("dueOn", "required: the date by which members submit", "campaign.dueOn.required"));
        } else if (input.dueOn().isBefore(opensOn) || input.dueOn().isBefore(today)) {
            errors.add(FieldError.coded("dueOn", "must not lie before today or before the opening date",
                    "campaign.dueOn.past"));
        }
        List<Long> members = members(regionId, input.members(), errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid("The campaign cannot be started as asked", errors);
        }
        if (campaigns.existsByRegionIdAndQuestionnaireIdAndRoundNumber(regionId, questionnaireId, input.round())) {
            throw new DomainException(DomainException.Kind.CONFLICT, "This round already exists",
                    "campaign.round.exists", List.of(input.round()), List.of(FieldError.coded("round",
                    "the region already has round " + input.round() + " of " + questionnaireId, "campaign.round.exists",
                    input.round())));
        }
        Campaign campaign = campaigns.save(new Campaign(null, regionId, questionnaireId, input.round(), opensOn,
                input.dueOn(), caller.username(), Instant.now(clock)));
        queries.addMembers(campaign.id(), members);
        return view(campaign);
    }

    /** The members asked: the chosen ones (each a member of the region), or every member when none are chosen. */
    private List<Long> members(long regionId, List<Long> chosen, List<FieldError> errors) {
        List<Organisation> all = organisations.members(regionId);
        if (chosen == null || chosen.isEmpty()) {
            if (all.isEmpty()) {
                errors.add(FieldError.coded("members", "the region has no members to ask", "campaign.members.none"));
            }
            return all.stream().map(Organisation::id).toList();
        }
        Set<Long> ids = new LinkedHashSet<>();
        all.forEach(o -> ids.add(o.id()));
        Set<Long> asked = new LinkedHashSet<>();
        for (int i = 0; i < chosen.size(); i++) {
            Long id = chosen.get(i);
            if (id == null || !ids.contains(id)) {
                errors.add(FieldError.coded("members[" + i + "]", "organisation " + id + " is not a member of the region",
                        "campaign.members.notMember", String.valueOf(id)));
            } else {
                asked.add(id);
            }
        }
        return List.copyOf(asked);
    }

    /** The region's campaigns, each with its funnel, in questionnaire and round order. */
    @Transactional(readOnly = true)
    public List<CampaignView> ofRegion(long regionId) {
        organisations.region(regionId);
        return campaigns.findByRegionIdOrderByQuestionnaireIdAndRoundNumber(regionId).stream()
                .map(c -> view(c)).toList();
    }

    /** The region's campaigns of one questionnaire, in round order. */
    @Transactional(readOnly = true)
    public List<CampaignView> rounds(long regionId, String questionnaireId) {
        return campaigns.findByRegionIdAndQuestionnaireIdOrderByRoundNumber(regionId, questionnaireId).stream()
                .map(c -> view(c)).toList();
    }

    /** The region a campaign belongs to; 404 for an unknown campaign. */
    @Transactional(readOnly = true)
    public long regionOf(long campaignId) {
        return find(campaignId).regionId();
    }

    /** One campaign with every asked member's status. */
    @Transactional(readOnly = true)
    public CampaignView get(long campaignId) {
        return view(find(campaignId));
    }

    /** The campaigns that ask the organisation and that it has not answered yet, due first. */
    @Transactional(readOnly = true)
    public List<CampaignRequest> openRequests(long organisationId) {
        List<CampaignRequest> requests = new ArrayList<>();
        for (Long id : queries.campaignsOf(organisationId)) {
            Campaign campaign = find(id);
            CampaignView view = view(campaign);
            view.members().stream().filter(m -> m.organisationId() == organisationId)
                    .filter(m -> m.state() != MemberState.SUBMITTED)
                    .findFirst()
                    .ifPresent(m -> requests.add(new CampaignRequest(campaign.id(),
                            organisations.region(campaign.regionId()).name(), campaign.questionnaireId(),
                            campaign.roundNumber(), campaign.dueOn(), m.state(), m.state() == MemberState.OVERDUE)));
        }
        requests.sort(java.util.Comparator.comparing(CampaignRequest::dueOn));
        return requests;
    }

    /** The open campaigns due between the two days (both included), each with its members' status and region name. */
    @Transactional(readOnly = true)
    public List<Deadline> dueBetween(LocalDate from, LocalDate to) {
        return campaigns.findByDueOnBetweenAndOpensOnLessThanEquals(from, to, from).stream()
                .map(c -> new Deadline(view(c), organisations.region(c.regionId()).name())).toList();
    }

    /** A campaign whose deadline approaches, with the name of its region. */
    public record Deadline(CampaignView campaign, String regionName) {
    }

    private Campaign find(long campaignId) {
        return campaigns.findById(campaignId)
                .orElseThrow(() -> DomainException.notFound("No campaign with id " + campaignId, "campaign.notFound",
                        campaignId));
    }

    /** The day the round after this one opens, or a far date for the last round. */
    LocalDate nextRoundOpens(Campaign campaign) {
        return campaigns.findByRegionIdAndQuestionnaireIdOrderByRoundNumber(campaign.regionId(), campaign.questionnaireId())
                .stream().filter(c -> c.roundNumber() > campaign.roundNumber())
                .map(Campaign::opensOn).findFirst().orElse(NO_NEXT_ROUND);
    }

    private CampaignView view(Campaign campaign) {
        LocalDate today = LocalDate.now(clock);
        int questions = catalog.find(campaign.questionnaireId()).map(Questionnaire::questionCount).orElse(0);
        Map<Long, MemberStatus> byMember = new LinkedHashMap<>();
        for (CampaignQueries.Row row : queries.rows(campaign, nextRoundOpens(campaign))) {
            MemberStatus now = byMember.get(row.organisationId());
            MemberStatus next = status(row, questions);
            if (now == null || rank(next) >= rank(now)) {
                byMember.put(row.organisationId(), next);
            }
        }
        List<MemberStatus> members = new ArrayList<>();
        int started = 0;
        int submitted = 0;
        int overdue = 0;
        for (MemberStatus status : byMember.values()) {
            if (status.state() != MemberState.SUBMITTED && today.isAfter(campaign.dueOn())) {
                status = new MemberStatus(status.organisationId(), status.name(), MemberState.OVERDUE, status.started(),
                        status.percentAnswered(), null, status.assessmentId());
                overdue++;
            }
            started += status.started() ? 1 : 0;
            submitted += status.state() == MemberState.SUBMITTED ? 1 : 0;
            members.add(status);
        }
        return new CampaignView(campaign.id(), campaign.regionId(), campaign.questionnaireId(), campaign.roundNumber(),
                campaign.opensOn(), campaign.dueOn(), members.size(), started, submitted, overdue,
                members);
    }

    private static MemberStatus status(CampaignQueries.Row row, int questions) {
        if (row.assessmentId() == null) {
            return new MemberStatus(row.organisationId(), row.name(), MemberState.NOT_STARTED, false, null, null, null);
        }
        if ("SUBMITTED".equals(row.status())) {
            return new MemberStatus(row.organisationId(), row.name(), MemberState.SUBMITTED, true, 100,
                    row.submittedOn(), row.assessmentId());
        }
        int percent = questions == 0 ? 0 : Math.min(100, Math.round(row.answered() * 100f / questions));
        return new MemberStatus(row.organisationId(), row.name(), MemberState.DRAFT, true, percent, null,
                row.assessmentId());
    }

    /** A submission outranks a draft, a later row of the same kind outranks an earlier one. */
    private static int rank(MemberStatus status) {
        return switch (status.state()) {
            case SUBMITTED -> 2;
            case DRAFT -> 1;
            default -> 0;
        };
    }
}
