package nl.vptscan.questionnaire;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one questionnaire file and checks it completely: every problem is reported as
 * {@code file:line: problem}, so a domain expert can find it without reading Java.
 */
final class QuestionnaireReader extends YamlNodeReader<QuestionnaireException> {

    private static final Set<String> QUESTIONNAIRE_KEYS = Set.of("id", "version", "title", "source", "topics");
    private static final Set<String> TOPIC_KEYS = Set.of("id", "title", "description", "legal", "weight", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "text", "help", "type", "options", "required",
            "not_applicable", "scored", "weight", "min", "max", "show_if", "credited_if");
    private static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private final LegalCatalogue legal;

    private QuestionnaireReader(String file, LegalCatalogue legal) {
        super(file);
        this.legal = legal;
    }

    static Questionnaire read(Path path, LegalCatalogue legal) {
        String name = path.toString();
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw new QuestionnaireException(name + ":1: file is larger than " + MAX_FILE_BYTES + " bytes");
            }
            return read(name, Files.readString(path, StandardCharsets.UTF_8), legal);
        } catch (IOException e) {
            throw new QuestionnaireException(name + ":1: cannot read file: " + e.getMessage());
        }
    }

    static Questionnaire read(String name, String content, LegalCatalogue legal) {
        return new QuestionnaireReader(name, legal).parse(new StringReader(content));
    }

    private Questionnaire parse(Reader reader) {
        Node root = compose(reader);
        Map<String, Node> doc = mapping(root, "the questionnaire", QUESTIONNAIRE_KEYS);
        String id = identifier(doc, root, "id");
        String version = string(doc, root, "version");
        Text title = text(doc, root, "title", true);
        Text source = text(doc, root, "source", false);
        Node topicsNode = required(doc, root, "topics");
        List<Node> topicNodes = sequence(topicsNode, "topics");
        if (topicNodes.isEmpty()) {
            throw fail(topicsNode, "topics must not be empty");
        }
        Map<String, Question> seenQuestions = new LinkedHashMap<>();
        Map<String, Node> seenTopics = new HashMap<>();
        List<Topic> topics = new ArrayList<>();
        for (Node topicNode : topicNodes) {
            topics.add(topic(topicNode, seenTopics, seenQuestions));
        }
        return new Questionnaire(id, version, title, source, topics);
    }

    private Topic topic(Node node, Map<String, Node> seenTopics, Map<String, Question> seenQuestions) {
        Map<String, Node> map = mapping(node, "a topic", TOPIC_KEYS);
        String id = identifier(map, node, "id");
        if (seenTopics.putIfAbsent(id, node) != null) {
            throw fail(map.get("id"), "duplicate topic id '" + id + "' (first on line " + line(seenTopics.get(id)) + ")");
        }
        Text title = text(map, node, "title", true);
        Text description = text(map, node, "description", false);
        List<LegalProvision> legal = legalBasis(map, node, id);
        double weight = number(map, "weight", 1.0);
        if (weight <= 0) {
            throw fail(map.get("weight"), "topic weight must be greater than 0, got " + weight);
        }
        Node questionsNode = required(map, node, "questions");
        List<Node> questionNodes = sequence(questionsNode, "questions");
        if (questionNodes.isEmpty()) {
            throw fail(questionsNode, "topic '" + id + "' has no questions");
        }
        List<Question> questions = new ArrayList<>();
        for (Node questionNode : questionNodes) {
            Question question = question(questionNode, id, seenQuestions);
            seenQuestions.put(question.id(), question);
            questions.add(question);
        }
        return new Topic(id, title, description, legal, weight, questions);
    }

    /** The topic's legal basis: a list of keys of the legal catalogue, each known and cited once. */
    private List<LegalProvision> legalBasis(Map<String, Node> map, Node topic, String id) {
        Node node = required(map, topic, "legal");
        if (!(node instanceof SequenceNode)) {
            throw fail(node, "legal of topic '" + id + "' must be a list of keys of the legal catalogue ("
                    + LegalCatalogue.FILE + "), e.g. [arbowet-3-2]");
        }
        List<Node> keys = sequence(node, "legal");
        if (keys.isEmpty()) {
            throw fail(node, "topic '" + id + "' needs at least one legal key");
        }
        Map<String, LegalProvision> provisions = new LinkedHashMap<>();
        for (Node keyNode : keys) {
            String key = scalar(keyNode, "legal");
            LegalProvision provision = legal.find(key).orElseThrow(() -> fail(keyNode,
                    "unknown legal provision \"" + key + "\" (not in " + LegalCatalogue.FILE + ")"));
            if (provisions.putIfAbsent(key, provision) != null) {
                throw fail(keyNode, "legal provision \"" + key + "\" is cited twice in topic '" + id + "'");
            }
        }
        return List.copyOf(provisions.values());
    }

    private Question question(Node node, String topic, Map<String, Question> earlier) {
        Map<String, Node> map = mapping(node, "a question", QUESTION_KEYS);
        String id = identifier(map, node, "id");
        if (earlier.containsKey(id)) {
            throw fail(map.get("id"), "duplicate question id '" + id + "'");
        }
        Text text = text(map, node, "text", true);
        Text help = text(map, node, "help", false);
        Node typeNode = required(map, node, "type");
        String typeName = scalar(typeNode, "type");
        QuestionType type = QuestionType.fromYaml(typeName).orElseThrow(() -> fail(typeNode,
                "unknown question type '" + typeName + "' (known: yes_no, yes_no_partly, choice, multi_choice, "
                        + "number, percentage, date, text)"));
        List<AnswerOption> options = options(map, node, type, id);
        boolean notApplicable = bool(map, "not_applicable", false);
        boolean scored = bool(map, "scored", type != QuestionType.NUMBER && type != QuestionType.DATE
                && type != QuestionType.TEXT && (type != QuestionType.CHOICE && type != QuestionType.MULTI_CHOICE
                || options.stream().anyMatch(o -> o.score() != null)));
        double weight = number(map, "weight", 1.0);
        if (weight < 0) {
            throw fail(map.get("weight"), "question weight must not be negative, got " + weight);
        }
        if (scored && (type == QuestionType.NUMBER || type == QuestionType.DATE || type == QuestionType.TEXT)) {
            throw fail(map.get("scored"), "a " + type.yamlName() + " question cannot be scored by itself; "
                    + "let a rule award points for it");
        }
        Double min = map.containsKey("min") ? number(map, "min", 0) : null;
        Double max = map.containsKey("max") ? number(map, "max", 0) : null;
        if ((min != null || max != null) && type != QuestionType.NUMBER) {
            throw fail(map.containsKey("min") ? map.get("min") : map.get("max"), "min and max apply only to number questions");
        }
        if (min != null && max != null && min > max) {
            throw fail(map.get("min"), "min " + min + " is greater than max " + max);
        }
        ShowIf showIf = showIf(map.get("show_if"), "show_if", id, earlier);
        ShowIf creditedIf = showIf(map.get("credited_if"), "credited_if", id, earlier);
        if (creditedIf != null && !scored) {
            throw fail(map.get("credited_if"), "credited_if applies only to a scored question");
        }
        return new Question(id, topic, text, help, type, options, bool(map, "required", true), notApplicable,
                scored, weight, min, max, showIf, creditedIf);
    }

    private List<AnswerOption> options(Map<String, Node> map, Node owner, QuestionType type, String questionId) {
        Node node = map.get("options");
        if (!type.hasOptions()) {
            if (node != null) {
                throw fail(node, "a " + type.yamlName() + " question takes no options");
            }
            return List.of();
        }
        if (node == null) {
            throw fail(owner, "question '" + questionId + "' of type " + type.yamlName() + " needs options");
        }
        List<Node> items = sequence(node, "options");
        if (items.size() < 2) {
            throw fail(node, "question '" + questionId + "' needs at least two options");
        }
        List<AnswerOption> options = new ArrayList<>();
        for (Node item : items) {
            Map<String, Node> option = mapping(item, "an option", Set.of("value", "label", "score"));
            String value = identifier(option, item, "value");
            if (Question.NOT_APPLICABLE.equals(value)) {
                throw fail(option.get("value"), "option value 'na' is reserved; use not_applicable: true");
            }
            if (options.stream().anyMatch(o -> o.value().equals(value))) {
                throw fail(option.get("value"), "duplicate option value '" + value + "'");
            }
            Double score = option.containsKey("score") ? number(option, "score", 0) : null;
            if (score != null && (score < 0 || score > 1)) {
                throw fail(option.get("score"), "option score must be between 0 and 1, got " + score);
            }
            options.add(new AnswerOption(value, text(option, item, "label", true), score));
        }
        return options;
    }

    private ShowIf showIf(Node node, String key, String questionId, Map<String, Question> earlier) {
        if (node == null) {
            return null;
        }
        Map<String, Node> map = mapping(node, key, Set.of("question", "in"));
        String parentId = string(map, node, "question");
        Question parent = earlier.get(parentId);
        if (parent == null) {
            throw fail(map.get("question"), key + " of '" + questionId + "' refers to '" + parentId
                    + "', which is not an earlier question");
        }
        Node inNode = required(map, node, "in");
        List<String> values = new ArrayList<>();
        for (Node valueNode : sequence(inNode, "in")) {
            String value = scalar(valueNode, "in");
            if (!parent.allowedValues().contains(value)) {
                throw fail(valueNode, key + " value '" + value + "' is not an answer of '" + parentId
                        + "' (allowed: " + parent.allowedValues() + ")");
            }
            values.add(value);
        }
        if (values.isEmpty()) {
            throw fail(inNode, key + " needs at least one value in 'in'");
        }
        return new ShowIf(parentId, values);
    }

    @Override
    protected QuestionnaireException problem(String message) {
        return new QuestionnaireException(message);
    }
}
