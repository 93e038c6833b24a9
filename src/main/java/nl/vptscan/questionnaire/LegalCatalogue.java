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

    /** The reserved top-level key of the fine amounts and size shares; every other key is a provision. */
    public static final String FINES = "fines";

    private final Map<String, LegalProvision> byKey;
    private final FineScale fines;

    LegalCatalogue(Map<String, LegalProvision> byKey, FineScale fines) {
        this.byKey = Map.copyOf(byKey);
        this.fines = fines;
    }

    /** Reads and checks the catalogue file; a problem throws {@code file:line: problem}. */
    public static LegalCatalogue read(Path file) {
        return LegalCatalogueReader.read(file);
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

    /** The fine amounts and size shares of the Beleidsregel boeteoplegging, when the catalogue holds them. */
    public Optional<FineScale> fines() {
        return Optional.ofNullable(fines);
    }

    /** Every provision. */
    public Collection<LegalProvision> all() {
        return byKey.values();
    }
}
