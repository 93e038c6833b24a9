package nl.vptscan.campaign;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A region's monitor of one questionnaire: per measurement round how many members are at each level per topic,
 * and per pair of consecutive rounds the change per topic over the members with a result in both. A round or a
 * change over fewer members than {@code minimumGroupSize} shows its count only.
 */
@Serdeable
public record MonitorView(long regionId, String questionnaireId, int minimumGroupSize, List<RoundFigures> rounds,
                          List<Change> changes) {

    public MonitorView {
        rounds = List.copyOf(rounds);
        changes = List.copyOf(changes);
    }

    /** One round: members with a result in it, and per topic the count at each level 0–4 (empty when withheld). */
    @Serdeable
    public record RoundFigures(int round, long campaignId, int respondents, boolean withheld, List<TopicLevels> topics) {
        public RoundFigures {
            topics = List.copyOf(topics);
        }
    }

    /** A topic's number of members at level 0, 1, 2, 3 and 4. */
    @Serdeable
    public record TopicLevels(String topic, List<Integer> levels) {
        public TopicLevels {
            levels = List.copyOf(levels);
        }
    }

    /** From one round to the next over the members present in both (empty topics when withheld). */
    @Serdeable
    public record Change(int fromRound, int toRound, int members, boolean withheld, List<TopicChange> topics) {
        public Change {
            topics = List.copyOf(topics);
        }
    }

    /** A topic's mean score before and after, the change in points, and how many members rose, stayed or fell a level. */
    @Serdeable
    public record TopicChange(String topic, double before, double after, double change, int up, int same, int down) {
    }
}
