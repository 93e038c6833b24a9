package nl.vptscan.questionnaire;

import org.yaml.snakeyaml.nodes.Node;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a mapping file ({@code questionnaires/mappings/<a>--<b>.yaml}) strictly against the current questionnaires:
 * an unknown key, questionnaire, question or value, a value the target does not allow, or a two-way link that is not
 * one to one is {@code file:line: problem}.
 */
final class MappingReader extends QuestionnaireFileReader {

    private static final Set<String> KEYS = Set.of("a", "b", "links");
    private static final Set<String> LINK_KEYS = Set.of("a", "b", "direction", "confidence", "values", "note");
    private static final Set<QuestionType> SAME_TYPES = Set.of(QuestionType.DATE, QuestionType.PERCENTAGE,
            QuestionType.NUMBER, QuestionType.TEXT);

    private MappingReader(Path file) {
        super(file);
    }

    static InstrumentMapping read(Path file, Map<String, Questionnaire> current) {
        return new MappingReader(file).mapping(text(file), current);
    }

    private InstrumentMapping mapping(String text, Map<String, Questionnaire> current) {
        Node root = compose(new StringReader(text));
        Map<String, Node> doc = mapping(root, "a mapping file", KEYS);
        Questionnaire a = questionnaire(doc, root, "a", current);
        Questionnaire b = questionnaire(doc, root, "b", current);
        if (a.id().equals(b.id())) {
            throw fail(doc.get("b"), "'a' and 'b' are the same questionnaire " + a.id());
        }
        List<InstrumentMapping.Link> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node node : sequence(required(doc, root, "links"), "'links'")) {
            for (InstrumentMapping.Link link : link(node, a, b)) {
                if (!seen.add(link.fromQuestion() + ">" + link.toQuestion())) {
                    throw fail(node, "a second link from " + link.fromQuestion() + " to " + link.toQuestion());
                }
                links.add(link);
            }
        }
        if (links.isEmpty()) {
            throw fail(doc.get("links"), "'links' is empty");
        }
        return new InstrumentMapping(a.id(), b.id(), links);
    }

    private Questionnaire questionnaire(Map<String, Node> doc, Node root, String key, Map<String, Questionnaire> current) {
        String id = identifier(doc, root, key);
        Questionnaire questionnaire = current.get(id);
        if (questionnaire == null) {
            throw fail(doc.get(key), "unknown questionnaire '" + id + "'");
        }
        return questionnaire;
    }

    /** One link of the file: one way, or both ways as two. */
    private List<InstrumentMapping.Link> link(Node node, Questionnaire a, Questionnaire b) {
        Map<String, Node> map = mapping(node, "a link", LINK_KEYS);
        Question qa = question(map, node, "a", a);
        Question qb = question(map, node, "b", b);
        String direction = string(map, node, "direction");
        InstrumentMapping.Confidence confidence = confidence(map, node);
        Node valuesNode = required(map, node, "values");
        String where = file() + ":" + line(node);
        return switch (direction) {
            case "both" -> {
                InstrumentMapping.Link there = oneWay(valuesNode, a.id(), qa, b.id(), qb, confidence, where);
                Map<String, String> back = new LinkedHashMap<>();
                there.values().forEach((from, to) -> {
                    if (back.put(to, from) != null) {
                        throw fail(valuesNode, "a link both ways must map one to one, but two values map to '" + to + "'");
                    }
                });
                yield List.of(there, new InstrumentMapping.Link(b.id(), qb.id(), a.id(), qa.id(), confidence,
                        there.same(), back, where));
            }
            case "a-to-b" -> List.of(oneWay(valuesNode, a.id(), qa, b.id(), qb, confidence, where));
            case "b-to-a" -> List.of(oneWay(valuesNode, b.id(), qb, a.id(), qa, confidence, where));
            default -> throw fail(map.get("direction"), "'direction' must be both, a-to-b or b-to-a, got '" + direction + "'");
        };
    }

    private InstrumentMapping.Link oneWay(Node valuesNode, String fromId, Question from, String toId, Question to,
                                          InstrumentMapping.Confidence confidence, String where) {
        if (valuesNode instanceof org.yaml.snakeyaml.nodes.ScalarNode && "same".equals(scalar(valuesNode, "values"))) {
            if (from.type() != to.type() || !SAME_TYPES.contains(from.type())) {
                throw fail(valuesNode, "'values: same' needs two date, percentage, number or text questions, but "
                        + from.id() + " is " + from.type().yamlName() + " and " + to.id() + " is " + to.type().yamlName());
            }
            if (from.notApplicable() && !to.notApplicable()) {
                throw fail(valuesNode, from.id() + " allows n.v.t. (na) but " + to.id() + " does not; map its values one by one");
            }
            return new InstrumentMapping.Link(fromId, from.id(), toId, to.id(), confidence, true, Map.of(), where);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (var entry : entries(valuesNode, "'values' (or the word same)").entrySet()) {
            String source = entry.getKey();
            String target = scalar(entry.getValue().getValueNode(), "the value for '" + source + "'");
            if (!from.allowedValues().contains(source)) {
                throw fail(entry.getValue().getKeyNode(), "'" + source + "' is not a value of " + from.id()
                        + " (allowed: " + from.allowedValues() + ")");
            }
            if (!to.allowedValues().contains(target)) {
                throw fail(entry.getValue().getValueNode(), "'" + source + "' maps to '" + target + "', which "
                        + to.id() + " does not allow (allowed: " + to.allowedValues() + ")");
            }
            values.put(source, target);
        }
        if (values.isEmpty()) {
            throw fail(valuesNode, "'values' maps no value");
        }
        return new InstrumentMapping.Link(fromId, from.id(), toId, to.id(), confidence, false, values, where);
    }

    private Question question(Map<String, Node> map, Node owner, String key, Questionnaire questionnaire) {
        String id = string(map, owner, key);
        return questionnaire.question(id).orElseThrow(() -> fail(map.get(key),
                "unknown question '" + id + "' in " + questionnaire.id() + " version " + questionnaire.version()));
    }

    private InstrumentMapping.Confidence confidence(Map<String, Node> map, Node owner) {
        String value = string(map, owner, "confidence");
        try {
            return InstrumentMapping.Confidence.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail(map.get("confidence"), "'confidence' must be high or medium (low links are not taken over), got '"
                    + value + "'");
        }
    }
}
