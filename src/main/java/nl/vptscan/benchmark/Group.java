package nl.vptscan.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.vptscan.questionnaire.Text;

import java.util.List;

/**
 * A group organisations are compared in (a region, or a sector nationally): how many have a result, the overall
 * score and every topic, and how many of them have an unmet legal duty (a VIOLATION finding). {@code withheld} says
 * why the group shows no figures when it is too small.
 */
@Serdeable
public record Group(Text name, long organisations, @Nullable Text withheld, GroupScore overall,
                    List<GroupScore> topics, @Nullable Long membersWithUnmetDuties) {

    public Group {
        topics = List.copyOf(topics);
    }

    public boolean available() {
        return withheld == null;
    }
}
