package nl.vptscan.scoring;

import io.micronaut.core.annotation.Nullable;
import nl.vptscan.scoring.fact.Action;
import nl.vptscan.scoring.fact.Evidence;
import nl.vptscan.scoring.fact.Finding;

import java.util.List;

/**
 * What raising one finding of the rules adds to a result, made once when the rules are loaded: the finding without
 * its evidence, its action (the same for every raise) and the highest level of its topic while it stands. Results
 * share these instances, which lets {@link QuickScanJson} recognise them and copy their encoded JSON.
 */
record Conclusion(Finding finding, Action action, String topic, @Nullable Integer levelCap) {

    Conclusion(FindingDefinition definition) {
        this(definition.toFinding(List.of()), definition.toAction(), definition.topic(), definition.levelCap());
    }

    /** The finding with these answers behind it. */
    Finding finding(List<Evidence> evidence) {
        return finding.withEvidence(evidence);
    }
}
