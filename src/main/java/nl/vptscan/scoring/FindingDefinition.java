package nl.vptscan.scoring;

import nl.vptscan.questionnaire.LegalProvision;
import nl.vptscan.questionnaire.Text;
import nl.vptscan.scoring.fact.Action;
import nl.vptscan.scoring.fact.Evidence;
import nl.vptscan.scoring.fact.Finding;
import nl.vptscan.scoring.fact.Severity;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One entry of a findings file ({@code rules/<questionnaire>/<topic>.findings.yaml}): what a rule concludes when
 * it raises this id: severity, the norm and the finding as its negation, the legal basis, the recommended action
 * and, optionally, the highest level the topic can reach while the finding stands. For the plan van aanpak: the
 * findings whose actions must come first ({@code after}), the RI&E risk or job group the action addresses and how
 * its completion is checked.
 */
public record FindingDefinition(String id, String topic, Severity severity, Text norm, Text finding,
                                List<LegalProvision> legal, Text action, int priority, int dueInDays,
                                OwnerRole owner, Integer levelCap, List<String> after, Text group, Text check) {

    public FindingDefinition {
        legal = List.copyOf(legal);
        after = List.copyOf(after);
    }

    /** A finding without plan hints: nothing that must come first, no risk or job group, no completion check. */
    public FindingDefinition(String id, String topic, Severity severity, Text norm, Text finding,
                             List<LegalProvision> legal, Text action, int priority, int dueInDays, OwnerRole owner,
                             Integer levelCap) {
        this(id, topic, severity, norm, finding, legal, action, priority, dueInDays, owner, levelCap, List.of(), null,
                null);
    }

    /** The citations joined as they are shown, in Dutch (or English). */
    public String citations(boolean english) {
        return legal.stream().map(p -> english ? p.citation().en() : p.citation().nl()).collect(Collectors.joining("; "));
    }

    Finding toFinding(List<Evidence> evidence) {
        return new Finding(id, topic, severity, finding.nl(), finding.en(), citations(false), evidence, norm.nl(),
                norm.en(), legal.stream().map(LegalProvision::key).toList());
    }

    Action toAction() {
        return new Action(id, topic, priority, dueInDays, action.nl(), action.en(), owner.key(), owner.nl(), owner.en(),
                after, group == null ? null : group.nl(), group == null ? null : group.en(),
                check == null ? null : check.nl(), check == null ? null : check.en());
    }
}
