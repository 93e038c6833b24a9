package nl.vptscan.campaign;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.problem.DomainException;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.questionnaire.Topic;
import nl.vptscan.campaign.MonitorView.Change;
import nl.vptscan.campaign.MonitorView.RoundFigures;
import nl.vptscan.campaign.MonitorView.TopicChange;
import nl.vptscan.campaign.MonitorView.TopicLevels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The region's monitor over its measurement rounds of one questionnaire. A member's figures in a round are the
 * latest result of the self-assessment that answered the round (see {@link CampaignService}); the privacy
 * threshold holds per round and per change.
 */
@Singleton
public class Monitor {

    private final CampaignService campaigns;
    private final CampaignQueries queries;
    private final QuestionnaireCatalog catalog;
    private final PrivacySettings privacy;

    Monitor(CampaignService campaigns, CampaignQueries queries, QuestionnaireCatalog catalog, PrivacySettings privacy) {
        this.campaigns = campaigns;
        this.queries = queries;
        this.catalog = catalog;
        this.privacy = privacy;
    }

    /** The monitor of the region's rounds of the questionnaire; 400 when the questionnaire is missing or unknown. */
    @Transactional(readOnly = true)
    public MonitorView of(long regionId, String questionnaireId) {
        if (questionnaireId == null || questionnaireId.isBlank()) {
            throw DomainException.invalidField("required: the id of a questionnaire", "questionnaire",
                    "questionnaire.required");
        }
        Questionnaire questionnaire = catalog.find(questionnaireId).orElseThrow(() -> DomainException.invalidField(
                "no questionnaire '" + questionnaireId + "'", "questionnaire", "questionnaire.unknown", questionnaireId));
        int minimum = privacy.minimumGroupSize();
        List<RoundFigures> rounds = new ArrayList<>();
        List<Map<Long, Map<String, double[]>>> byRound = new ArrayList<>();
        for (CampaignView campaign : campaigns.rounds(regionId, questionnaire.id())) {
            Map<Long, Long> assessmentOf = new HashMap<>();
            campaign.members().stream().filter(m -> m.state() == MemberState.SUBMITTED)
                    .forEach(m -> assessmentOf.put(m.assessmentId(), m.organisationId()));
            Map<Long, Map<String, double[]>> scores = new HashMap<>();
            for (CampaignQueries.TopicScore s : queries.scores(List.copyOf(assessmentOf.keySet()))) {
                scores.computeIfAbsent(assessmentOf.get(s.assessmentId()), k -> new HashMap<>())
                        .put(s.topic(), new double[]{s.percentage(), s.level()});
            }
            boolean withheld = scores.size() < minimum;
            List<TopicLevels> topics = new ArrayList<>();
            if (!withheld) {
                for (Topic topic : questionnaire.topics()) {
                    Integer[] levels = {0, 0, 0, 0, 0};
                    scores.values().stream().map(m -> m.get(topic.id())).filter(java.util.Objects::nonNull)
                            .forEach(s -> levels[(int) s[1]]++);
                    topics.add(new TopicLevels(topic.id(), Arrays.asList(levels)));
                }
            }
            rounds.add(new RoundFigures(campaign.round(), campaign.id(), scores.size(), withheld, topics));
            byRound.add(scores);
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 1; i < rounds.size(); i++) {
            changes.add(change(rounds.get(i - 1).round(), rounds.get(i).round(), byRound.get(i - 1), byRound.get(i),
                    questionnaire, minimum));
        }
        return new MonitorView(regionId, questionnaire.id(), minimum, rounds, changes);
    }

    private static Change change(int from, int to, Map<Long, Map<String, double[]>> before,
                                 Map<Long, Map<String, double[]>> after, Questionnaire questionnaire, int minimum) {
        List<Long> both = before.keySet().stream().filter(after::containsKey).sorted().toList();
        if (both.size() < minimum) {
            return new Change(from, to, both.size(), true, List.of());
        }
        List<TopicChange> topics = new ArrayList<>();
        for (Topic topic : questionnaire.topics()) {
            double sumBefore = 0;
            double sumAfter = 0;
            int n = 0;
            int up = 0;
            int same = 0;
            int down = 0;
            for (Long member : both) {
                double[] b = before.get(member).get(topic.id());
                double[] a = after.get(member).get(topic.id());
                if (b == null || a == null) {
                    continue;
                }
                n++;
                sumBefore += b[0];
                sumAfter += a[0];
                up += a[1] > b[1] ? 1 : 0;
                same += a[1] == b[1] ? 1 : 0;
                down += a[1] < b[1] ? 1 : 0;
            }
            if (n > 0) {
                double meanBefore = round(sumBefore / n);
                double meanAfter = round(sumAfter / n);
                topics.add(new TopicChange(topic.id(), meanBefore, meanAfter, round(meanAfter - meanBefore), up, same,
                        down));
            }
        }
        return new Change(from, to, both.size(), false, topics);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
