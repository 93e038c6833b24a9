package nl.vptscan.questionnaire;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads the legal catalogue strictly; every problem is {@code file:line: problem}. */
final class LegalCatalogueReader extends YamlNodeReader<QuestionnaireException> {

    private static final Set<String> FINE_KEYS = Set.of("source", "categories", "size_shares");
    private static final Set<String> PROVISION_KEYS = Set.of("kind", "citation", "summary", "offence",
            "fine_category", "fine_base");

    private LegalCatalogueReader(Path file) {
        super(file.toString());
    }

    @Override
    protected QuestionnaireException problem(String message) {
        return new QuestionnaireException(message);
    }

    static LegalCatalogue read(Path file) {
        LegalCatalogueReader reader = new LegalCatalogueReader(file);
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QuestionnaireException(file + ":1: cannot read the legal catalogue: " + e.getMessage());
        }
        Node root = reader.compose(new StringReader(content));
        Map<String, NodeTuple> entries = new LinkedHashMap<>(reader.entries(root, "the legal catalogue"));
        NodeTuple finesEntry = entries.remove(LegalCatalogue.FINES);
        FineScale fines = finesEntry == null ? null : reader.fines(finesEntry.getValueNode());
        Map<String, LegalProvision> provisions = new LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            provisions.put(entry.getKey(), reader.provision(entry.getKey(), entry.getValue(), fines));
        }
        return new LegalCatalogue(provisions, fines);
    }

    /** The fine amounts per category and the share per size band; bands ascend and the last has no bound. */
    private FineScale fines(Node node) {
        Map<String, Node> map = mapping(node, "fines", FINE_KEYS);
        Text source = text(map, node, "source", true);
        Node categoriesNode = required(map, node, "categories");
        SortedMap<Integer, Integer> categories = new TreeMap<>();
        for (Map.Entry<String, NodeTuple> entry : entries(categoriesNode, "categories").entrySet()) {
            Node key = entry.getValue().getKeyNode();
            int category;
            try {
                category = Integer.parseInt(entry.getKey().trim());
            } catch (NumberFormatException e) {
                throw fail(key, "a fine category must be a whole number, got '" + entry.getKey() + "'");
            }
            if (category != categories.size() + 1) {
                throw fail(key, "fine categories must count up from 1 without gaps, got " + category);
            }
            categories.put(category, integer(Map.of("amount", entry.getValue().getValueNode()), key, "amount", 1, 10_000_000));
            if (category > 1 && categories.get(category) <= categories.get(category - 1)) {
                throw fail(entry.getValue().getValueNode(), "the amount of category " + category
                        + " must be higher than that of category " + (category - 1));
            }
        }
        if (categories.isEmpty()) {
            throw fail(categoriesNode, "'categories' needs at least one category");
        }
        List<FineScale.SizeShare> shares = new ArrayList<>();
        Node sharesNode = required(map, node, "size_shares");
        List<Node> bands = sequence(sharesNode, "size_shares");
        for (int i = 0; i < bands.size(); i++) {
            Node band = bands.get(i);
            Map<String, Node> fields = mapping(band, "a size share", Set.of("below", "percent"));
            boolean last = i == bands.size() - 1;
            Integer below = fields.containsKey("below") ? integer(fields, band, "below", 1, 10_000_000) : null;
            if (below == null && !last) {
                throw fail(band, "only the last size share may leave out 'below'");
            }
            if (below != null && last) {
                throw fail(band, "the last size share must leave out 'below': it covers every larger employer");
            }
            if (below != null && !shares.isEmpty() && below <= shares.get(shares.size() - 1).below()) {
                throw fail(fields.get("below"), "'below' must rise from one size share to the next, got " + below
                        + " after " + shares.get(shares.size() - 1).below());
            }
            shares.add(new FineScale.SizeShare(below, integer(fields, band, "percent", 1, 100)));
        }
        if (shares.isEmpty()) {
            throw fail(sharesNode, "'size_shares' needs at least one size share");
        }
        return new FineScale(source, categories, shares);
    }

    private LegalProvision provision(String key, NodeTuple tuple, FineScale fines) {
        if (!key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw fail(tuple.getKeyNode(), "legal key '" + key + "' must be lower-case words and digits joined by '-'");
        }
        Node node = tuple.getValueNode();
        Map<String, Node> map = mapping(node, "provision '" + key + "'", PROVISION_KEYS);
        String kindName = string(map, node, "kind");
        LegalProvision.Kind kind = switch (kindName) {
            case "law" -> LegalProvision.Kind.LAW;
            case "programme" -> LegalProvision.Kind.PROGRAMME;
            default -> throw fail(map.get("kind"), "kind must be law or programme, got '" + kindName + "'");
        };
        String offence = map.containsKey("offence") ? string(map, node, "offence") : null;
        if (offence != null && !Set.of("OO", "ODB", "ZO").contains(offence)) {
            throw fail(map.get("offence"), "offence must be OO, ODB or ZO, got '" + offence + "'");
        }
        int highest = fines == null ? 7 : fines.categories().lastKey();
        Integer category = map.containsKey("fine_category") ? integer(map, node, "fine_category", 1, highest) : null;
        Integer base = map.containsKey("fine_base") ? integer(map, node, "fine_base", 1, 1_000_000) : null;
        if (fines != null && base != null && category == null) {
            throw fail(map.get("fine_base"), "provision '" + key + "' has a fine_base without a fine_category");
        }
        if (fines != null && base != null && !base.equals(fines.categories().get(category))) {
            throw fail(map.get("fine_base"), "fine_base " + base + " of provision '" + key + "' is not the amount of category "
                    + category + " under 'fines' (" + fines.categories().get(category) + ")");
        }
        if (fines != null && category != null && base == null) {
            base = fines.categories().get(category);
        }
        if (kind == LegalProvision.Kind.PROGRAMME && (offence != null || category != null || base != null)) {
            throw fail(node, "provision '" + key + "' is a programme norm and has no offence type or fine");
        }
        return new LegalProvision(key, kind, text(map, node, "citation", true), text(map, node, "summary", true),
                offence, category, base);
    }
}
