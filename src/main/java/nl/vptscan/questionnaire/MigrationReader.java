package nl.vptscan.questionnaire;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a migration file ({@code questionnaires/migrations/<id>-<from>-to-<to>.yaml}) strictly against the current
 * questionnaires: every problem is {@code file:line: problem}.
 */
final class MigrationReader extends QuestionnaireFileReader {

    private static final Set<String> KEYS = Set.of("questionnaire", "from", "to", "questions");
    private static final Set<String> TARGET_KEYS = Set.of("to", "values");

    private MigrationReader(Path file) {
        super(file);
    }

    static QuestionnaireMigration read(Path file, Map<String, Questionnaire> current) {
        return new MigrationReader(file).migration(text(file), current);
    }

    private QuestionnaireMigration migration(String text, Map<String, Questionnaire> current) {
        Node root = compose(new StringReader(text));
        Map<String, Node> doc = mapping(root, "a migration file", KEYS);
        String id = identifier(doc, root, "questionnaire");
        Questionnaire questionnaire = current.get(id);
        if (questionnaire == null) {
            throw fail(doc.get("questionnaire"), "unknown questionnaire '" + id + "'");
        }
        String from = string(doc, root, "from");
        String to = string(doc, root, "to");
        if (!to.equals(questionnaire.version())) {
            throw fail(doc.get("to"), "'to' is " + to + " but " + id + " is at version " + questionnaire.version());
        }
        if (from.equals(to)) {
            throw fail(doc.get("from"), "'from' and 'to' are the same version " + to);
        }
        Map<String, List<QuestionnaireMigration.Target>> moves = new LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> entry : entries(required(doc, root, "questions"), "questions").entrySet()) {
            String oldId = entry.getKey();
            if (!oldId.matches("[a-z0-9]+(\\.[a-z0-9]+)+")) {
                throw fail(entry.getValue().getKeyNode(), "'" + oldId + "' is not a question id");
            }
            List<QuestionnaireMigration.Target> targets = new ArrayList<>();
            for (Node targetNode : sequence(entry.getValue().getValueNode(), "the targets of '" + oldId + "'")) {
                targets.add(target(targetNode, oldId, questionnaire));
            }
            if (targets.isEmpty()) {
                throw fail(entry.getValue().getValueNode(), "'" + oldId + "' needs at least one target");
            }
            moves.put(oldId, targets);
        }
        return new QuestionnaireMigration(id, from, to, moves);
    }

    private QuestionnaireMigration.Target target(Node node, String oldId, Questionnaire questionnaire) {
        Map<String, Node> map = mapping(node, "a target of '" + oldId + "'", TARGET_KEYS);
        String newId = string(map, node, "to");
        Question question = questionnaire.question(newId).orElseThrow(() -> fail(map.get("to"),
                "unknown question '" + newId + "' in " + questionnaire.id() + " " + questionnaire.version()));
        if (!map.containsKey("values")) {
            return new QuestionnaireMigration.Target(newId, null);
        }
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> value : entries(map.get("values"), "the values of '" + oldId + "'").entrySet()) {
            Node valueNode = value.getValue().getValueNode();
            String newValue = scalar(valueNode, "a new value");
            try {
                values.put(value.getKey(), question.parse(newValue));
            } catch (InvalidAnswerException e) {
                throw fail(valueNode, "value '" + newValue + "' does not fit '" + newId + "': " + e.getMessage());
            }
        }
        return new QuestionnaireMigration.Target(newId, values);
    }
}
