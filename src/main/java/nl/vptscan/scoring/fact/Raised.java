package nl.vptscan.scoring.fact;

import java.util.List;
import java.util.Objects;

/**
 * A rule's conclusion by id: the finding of that id in the rule's findings file applies, with these answers as
 * its evidence. A rule writes {@code insert(raise("AI11-P01-01", $a));} after
 * {@code import function nl.vptscan.scoring.fact.Raised.raise;}.
 */
public record Raised(String findingId, List<Evidence> evidence) {

    public Raised {
        Objects.requireNonNull(findingId, "findingId");
        evidence = List.copyOf(evidence);
    }

    public static Raised raise(String findingId, Answer... answers) {
        Evidence[] evidence = new Evidence[answers.length];
        for (int i = 0; i < answers.length; i++) {
            evidence[i] = Evidence.of(answers[i]);
        }
        return new Raised(findingId, List.of(evidence));
    }
}
