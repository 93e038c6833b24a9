package nl.vptscan.scoring;

import nl.vptscan.questionnaire.LegalProvision;
import nl.vptscan.questionnaire.Text;
import nl.vptscan.questionnaire.YamlNodeReader;
import nl.vptscan.scoring.fact.Severity;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the expert-owned data beside the rules, strictly: the findings files ({@code <topic>.findings.yaml}), which
 * cite the legal catalogue ({@code rules/legal.yaml}, read by {@link nl.vptscan.questionnaire.LegalCatalogue}).
 * Every problem is {@code file:line: problem}.
 */
final class RuleDataReader extends YamlNodeReader<RuleCompilationException> {

    static final String ID_PATTERN = "[A-Z0-9]+(-[A-Z0-9]+)+";
    private static final Set<String> FINDING_KEYS = Set.of("topic", "severity", "norm", "finding", "legal", "action",
            "level_cap");
    private static final Set<String> ACTION_KEYS = Set.of("text", "priority", "due_in_days", "owner", "after",
            "group", "check");
    private static final Set<String> CASES_KEYS = Set.of("questionnaire", "topic", "cases");
    private static final Set<String> ROW_KEYS = Set.of("name", "context", "answers", "findings", "levels", "severity",
            "legal");
    private static final Set<String> CONTEXT_KEYS = Set.of("date", "sector", "employees", "kind");

    /** The findings of one file, with the line each id is defined on. */
    record FindingsFile(Path file, Map<String, FindingDefinition> byId, Map<String, Integer> lines,
                        Map<String, Integer> afterLines) {

        FindingsFile(Path file, Map<String, FindingDefinition> byId, Map<String, Integer> lines) {
            this(file, byId, lines, Map.of());
        }
    }

    private RuleDataReader(Path file) {
        super(file.toString());
    }

    @Override
    protected RuleCompilationException problem(String message) {
        return new RuleCompilationException(message);
    }

    static FindingsFile findings(Path file, String defaultTopic, Set<String> topics, Map<String, LegalProvision> legal) {
        RuleDataReader reader = new RuleDataReader(file);
        Node root = reader.compose(new StringReader(read(file)));
        Map<String, FindingDefinition> byId = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Map<String, Integer> afterLines = new LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> entry : reader.entries(root, "a findings file").entrySet()) {
            byId.put(entry.getKey(), reader.finding(entry.getKey(), entry.getValue(), defaultTopic, topics, legal));
            lines.put(entry.getKey(), line(entry.getValue().getKeyNode()));
            Node after = reader.afterNode(entry.getValue().getValueNode());
            afterLines.put(entry.getKey(), line(after == null ? entry.getValue().getKeyNode() : after));
        }
        return new FindingsFile(file, byId, lines, afterLines);
    }

    /** A case table, checked for its shape; answers are checked against their questions by the test that runs it. */
    static CaseTable cases(Path file) {
        RuleDataReader reader = new RuleDataReader(file);
        Node root = reader.compose(new StringReader(read(file)));
        Map<String, Node> doc = reader.mapping(root, "a case table", CASES_KEYS);
        String questionnaire = reader.string(doc, root, "questionnaire");
        String topic = reader.string(doc, root, "topic");
        Path parent = file.getParent();
        if (parent != null && !parent.getFileName().toString().equals(questionnaire)) {
            throw reader.fail(doc.get("questionnaire"), "questionnaire '" + questionnaire + "' is not the folder '"
                    + parent.getFileName() + "' the file is in");
        }
        if (!file.getFileName().toString().equals(topic + ".cases.yaml")) {
            throw reader.fail(doc.get("topic"), "topic '" + topic + "' does not match the file name " + file.getFileName());
        }
        List<CaseTable.Row> rows = new ArrayList<>();
        for (Node rowNode : reader.sequence(reader.required(doc, root, "cases"), "cases")) {
            rows.add(reader.row(rowNode));
        }
        return new CaseTable(file, questionnaire, topic, rows);
    }

    private CaseTable.Row row(Node node) {
        Map<String, Node> map = mapping(node, "a case", ROW_KEYS);
        String name = string(map, node, "name");
        Map<String, Object> context = new LinkedHashMap<>();
        if (map.containsKey("context")) {
            Node contextNode = map.get("context");
            Map<String, Node> ctx = mapping(contextNode, "the context of '" + name + "'", CONTEXT_KEYS);
            if (ctx.containsKey("date")) {
                String date = string(ctx, contextNode, "date");
                try {
                    context.put("date", java.time.LocalDate.parse(date));
                } catch (java.time.format.DateTimeParseException e) {
                    throw fail(ctx.get("date"), "'date' must be a date (yyyy-mm-dd), got '" + date + "'");
                }
            }
            if (ctx.containsKey("sector")) {
                context.put("sector", string(ctx, contextNode, "sector"));
            }
            if (ctx.containsKey("employees")) {
                context.put("employees", integer(ctx, contextNode, "employees", 0, 10_000_000));
            }
            if (ctx.containsKey("kind")) {
                String kind = string(ctx, contextNode, "kind");
                if (!Set.of("SELF", "AUDIT").contains(kind)) {
                    throw fail(ctx.get("kind"), "'kind' must be SELF or AUDIT, got '" + kind + "'");
                }
                context.put("kind", kind);
            }
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        if (map.containsKey("answers")) {
            entries(map.get("answers"), "the answers of '" + name + "'").forEach((id, tuple) ->
                    answers.put(id, answerValue(tuple.getValueNode())));
        }
        List<String> findings = new ArrayList<>();
        for (Node idNode : sequence(required(map, node, "findings"), "findings")) {
            String id = scalar(idNode, "findings");
            if (!id.matches(ID_PATTERN)) {
                throw fail(idNode, "'" + id + "' is not a finding id");
            }
            findings.add(id);
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        if (map.containsKey("levels")) {
            Map<String, Node> levelNodes = mapping(map.get("levels"), "the levels of '" + name + "'", null);
            levelNodes.keySet().forEach(topic -> levels.put(topic, integer(levelNodes, map.get("levels"), topic, 0, 4)));
        }
        Map<String, String> severity = new LinkedHashMap<>();
        if (map.containsKey("severity")) {
            Map<String, Node> severityNodes = mapping(map.get("severity"), "the severities of '" + name + "'", null);
            severityNodes.forEach((id, value) -> {
                String level = scalar(value, id);
                if (Arrays.stream(Severity.values()).noneMatch(s -> s.name().equals(level))) {
                    throw fail(value, "severity must be VIOLATION, WARNING or ADVICE, got '" + level + "'");
                }
                severity.put(id, level);
            });
        }
        Map<String, String> legal = new LinkedHashMap<>();
        if (map.containsKey("legal")) {
            mapping(map.get("legal"), "the legal bases of '" + name + "'", null)
                    .forEach((id, value) -> legal.put(id, scalar(value, id)));
        }
        return new CaseTable.Row(name, line(node), context, answers, findings, levels, severity, legal);
    }

    /** An answer as the API would receive it: a string, a number, or a list of option values. */
    private Object answerValue(Node node) {
        if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode) {
            return sequence(node, "answer").stream().map(item -> scalar(item, "answer")).toList();
        }
        String value = scalar(node, "answer");
        org.yaml.snakeyaml.nodes.Tag tag = node.getTag();
        if (org.yaml.snakeyaml.nodes.Tag.INT.equals(tag)) {
            return Integer.valueOf(value);
        }
        if (org.yaml.snakeyaml.nodes.Tag.FLOAT.equals(tag)) {
            return Double.valueOf(value);
        }
        if (org.yaml.snakeyaml.nodes.Tag.BOOL.equals(tag)) {
            return Set.of("yes", "true", "on", "y").contains(value.toLowerCase(java.util.Locale.ROOT)) ? "yes" : "no";
        }
        return value;
    }

    private FindingDefinition finding(String id, NodeTuple tuple, String defaultTopic, Set<String> topics,
                                      Map<String, LegalProvision> legal) {
        if (!id.matches(ID_PATTERN)) {
            throw fail(tuple.getKeyNode(), "finding id '" + id + "' must be upper-case parts joined by '-', e.g. AI11-P01-01");
        }
        Node node = tuple.getValueNode();
        Map<String, Node> map = mapping(node, "finding '" + id + "'", FINDING_KEYS);
        String topic = map.containsKey("topic") ? string(map, node, "topic") : defaultTopic;
        if (!topics.contains(topic)) {
            throw fail(map.containsKey("topic") ? map.get("topic") : tuple.getKeyNode(), "unknown topic '" + topic
                    + "' (topics: " + topics.stream().sorted().toList() + ")");
        }
        String severityName = string(map, node, "severity");
        Severity severity = Arrays.stream(Severity.values()).filter(s -> s.name().equals(severityName)).findFirst()
                .orElseThrow(() -> fail(map.get("severity"), "severity must be VIOLATION, WARNING or ADVICE, got '"
                        + severityName + "'"));
        Text norm = text(map, node, "norm", true);
        Text finding = text(map, node, "finding", true);
        List<LegalProvision> provisions = new ArrayList<>();
        for (Node keyNode : sequence(required(map, node, "legal"), "legal")) {
            String key = scalar(keyNode, "legal");
            LegalProvision provision = legal.get(key);
            if (provision == null) {
                throw fail(keyNode, "unknown legal key '" + key + "' (not in legal.yaml)");
            }
            provisions.add(provision);
        }
        if (provisions.isEmpty()) {
            throw fail(map.get("legal"), "finding '" + id + "' needs at least one legal key");
        }
        if (severity == Severity.VIOLATION && provisions.stream().noneMatch(p -> p.kind() == LegalProvision.Kind.LAW)) {
            throw fail(map.get("severity"), "a VIOLATION needs a legal basis of kind law");
        }
        Node actionNode = required(map, node, "action");
        Map<String, Node> action = mapping(actionNode, "the action of '" + id + "'", ACTION_KEYS);
        Text text = text(action, actionNode, "text", true);
        int priority = integer(action, actionNode, "priority", 1, 3);
        int due = integer(action, actionNode, "due_in_days", 1, 3650);
        String ownerKey = string(action, actionNode, "owner");
        OwnerRole owner = OwnerRole.fromKey(ownerKey).orElseThrow(() -> fail(action.get("owner"), "unknown owner '"
                + ownerKey + "' (known: " + Arrays.stream(OwnerRole.values()).map(OwnerRole::key).toList() + ")"));
        Integer cap = map.containsKey("level_cap") ? integer(map, node, "level_cap", 0, 3) : null;
        List<String> after = new ArrayList<>();
        if (action.containsKey("after")) {
            for (Node idNode : sequence(action.get("after"), "after")) {
                String first = scalar(idNode, "after");
                if (!first.matches(ID_PATTERN)) {
                    throw fail(idNode, "'" + first + "' in 'after' is not a finding id");
                }
                if (after.contains(first)) {
                    throw fail(idNode, "'" + first + "' is named twice in 'after'");
                }
                after.add(first);
            }
        }
        Text group = text(action, actionNode, "group", false);
        Text check = text(action, actionNode, "check", false);
        return new FindingDefinition(id, topic, severity, norm, finding, provisions, text, priority, due, owner, cap,
                after, group, check);
    }

    /** The {@code after} list of a finding's action, where its line is reported; null when there is none. */
    private Node afterNode(Node finding) {
        if (!(finding instanceof org.yaml.snakeyaml.nodes.MappingNode map)) {
            return null;
        }
        for (NodeTuple tuple : map.getValue()) {
            if ("action".equals(scalarOrNull(tuple.getKeyNode()))
                    && tuple.getValueNode() instanceof org.yaml.snakeyaml.nodes.MappingNode action) {
                for (NodeTuple field : action.getValue()) {
                    if ("after".equals(scalarOrNull(field.getKeyNode()))) {
                        return field.getValueNode();
                    }
                }
            }
        }
        return null;
    }

    private static String scalarOrNull(Node node) {
        return node instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar ? scalar.getValue() : null;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleCompilationException(file + ":1: cannot read file: " + e.getMessage());
        }
    }
}
