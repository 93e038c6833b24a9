package nl.vptscan.questionnaire;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The legal catalogue ({@code rules/legal.yaml}): every provision a questionnaire topic or a finding cites, once,
 * by key. Questionnaires and findings cite keys, so the same article reads the same on every page, workbook and
 * report.
 */
public final class LegalCatalogue {

    /** The catalogue file's name in the rules folder. */
    public static final String FILE = "legal.yaml";

    private final Map<String, LegalProvision> byKey;

    LegalCatalogue(Map<String, LegalProvision> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** Reads and checks the catalogue file; a problem throws {@code file:line: problem}. */
    public static LegalCatalogue read(Path file) {
        return new LegalCatalogue(LegalCatalogueReader.read(file));
    }

    /** Reads {@code legal.yaml} in the rules folder. */
    public static LegalCatalogue inRules(Path rulesFolder) {
        return read(rulesFolder.resolve(FILE));
    }

    /** The provision by this key, if the catalogue has it. */
    public Optional<LegalProvision> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Every provision, by key. */
    public Map<String, LegalProvision> byKey() {
        return byKey;
    }

    /** Every provision. */
    public Collection<LegalProvision> all() {
        return byKey.values();
    }
}
