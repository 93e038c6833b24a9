package nl.vptscan.questionnaire;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads the legal catalogue strictly; every problem is {@code file:line: problem}. */
final class LegalCatalogueReader extends YamlNodeReader<QuestionnaireException> {

    private static final Set<String> PROVISION_KEYS = Set.of("kind", "citation", "summary", "offence",
            "fine_category", "fine_base");

    private LegalCatalogueReader(Path file) {
        super(file.toString());
    }

    @Override
    protected QuestionnaireException problem(String message) {
        return new QuestionnaireException(message);
    }

    static Map<String, LegalProvision> read(Path file) {
        LegalCatalogueReader reader = new LegalCatalogueReader(file);
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QuestionnaireException(file + ":1: cannot read the legal catalogue: " + e.getMessage());
        }
        Node root = reader.compose(new StringReader(content));
        Map<String, LegalProvision> provisions = new LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> entry : reader.entries(root, "the legal catalogue").entrySet()) {
            provisions.put(entry.getKey(), reader.provision(entry.getKey(), entry.getValue()));
        }
        return provisions;
    }

    private LegalProvision provision(String key, NodeTuple tuple) {
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
        Integer category = map.containsKey("fine_category") ? integer(map, node, "fine_category", 1, 5) : null;
        Integer base = map.containsKey("fine_base") ? integer(map, node, "fine_base", 1, 1_000_000) : null;
        if (kind == LegalProvision.Kind.PROGRAMME && (offence != null || category != null || base != null)) {
            throw fail(node, "provision '" + key + "' is a programme norm and has no offence type or fine");
        }
        return new LegalProvision(key, kind, text(map, node, "citation", true), text(map, node, "summary", true),
                offence, category, base);
    }
}
