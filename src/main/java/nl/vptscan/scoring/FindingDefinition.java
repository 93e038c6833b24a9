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
 * and, optionally, the highest level the topic can reach while the finding stands.
 */
public record FindingDefinition(String id, String topic, Severity severity, Text norm, Text finding,
                                List<LegalProvision> legal, Text action, int priority, int dueInDays,
                                OwnerRole owner, Integer levelCap) {

    public FindingDefinition {
        legal = List.copyOf(legal);
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
        return new Action(id, topic, priority, dueInDays, action.nl(), action.en(), owner.key(), owner.nl(), owner.en());
    }
}
