package nl.vptscan.registration;

import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.QuestionType;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.questionnaire.YamlNodeReader;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the expert-owned registration files strictly: a source's column mapping
 * ({@code questionnaires/registrations/sources/<source>.yaml}) and which questions each figure answers
 * ({@code questionnaires/registrations/figures.yaml}). Unknown keys, fields or questions, a question that is no
 * percentage, a missing required field or a header listed for two fields are {@code file:line: problem}.
 */
final class RegistrationDataReader extends YamlNodeReader<RegistrationDataException> {

    private static final Set<String> SOURCE_KEYS = Set.of("id", "title", "columns", "crime_types", "personal_data");

    private RegistrationDataReader(Path file) {
        super(file.toString());
    }

    @Override
    protected RegistrationDataException problem(String message) {
        return new RegistrationDataException(message);
    }

    static Source source(Path file) {
        return new RegistrationDataReader(file).source(text(file), file);
    }

    static Map<Figure, List<String>> figures(Path file, QuestionnaireCatalog questionnaires) {
        return new RegistrationDataReader(file).figures(text(file), questionnaires);
    }

    private Source source(String text, Path file) {
        Node root = compose(new StringReader(text));
        Map<String, Node> doc = mapping(root, "a registration source", SOURCE_KEYS);
        String id = identifier(doc, root, "id");
        String expected = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (!id.equals(expected)) {
            throw fail(doc.get("id"), "'id' is '" + id + "' but the file is named " + expected + ".yaml");
        }
        Map<Field, List<String>> headers = new EnumMap<>(Field.class);
        Map<String, Field> seen = new HashMap<>();
        Node columns = required(doc, root, "columns");
        for (Map.Entry<String, NodeTuple> entry : entries(columns, "'columns'").entrySet()) {
            Node key = entry.getValue().getKeyNode();
            Field field = Field.of(entry.getKey()).orElseThrow(() -> fail(key, "unknown field '" + entry.getKey()
                    + "' (allowed: " + java.util.Arrays.stream(Field.values()).map(Field::key).toList() + ")"));
            List<String> names = new ArrayList<>();
            for (Node name : sequence(entry.getValue().getValueNode(), "the headers of '" + entry.getKey() + "'")) {
                String header = scalar(name, "a header").strip();
                if (Source.normalise(header).isEmpty()) {
                    throw fail(name, "a header of '" + entry.getKey() + "' has no letters or digits");
                }
                Field before = seen.put(Source.normalise(header), field);
                if (before != null) {
                    throw fail(name, "header '" + header + "' is listed " + (before == field ? "twice for " + field.key()
                            : "for both " + before.key() + " and " + field.key()) + " (compared without case, spaces or punctuation)");
                }
                names.add(header);
            }
            if (names.isEmpty()) {
                throw fail(entry.getValue().getValueNode(), "'" + entry.getKey() + "' lists no header");
            }
            headers.put(field, names);
        }
        for (Field field : Field.values()) {
            if (field.required() && !headers.containsKey(field)) {
                throw fail(columns, "'columns' has no headers for the required field '" + field.key() + "'");
            }
        }
        return new Source(id, text(doc, root, "title", true), headers, words(doc, "crime_types"),
                List.copyOf(words(doc, "personal_data")));
    }

    private Set<String> words(Map<String, Node> doc, String key) {
        Set<String> words = new LinkedHashSet<>();
        if (doc.containsKey(key)) {
            for (Node node : sequence(doc.get(key), "'" + key + "'")) {
                String word = Source.normalise(scalar(node, "a word of '" + key + "'"));
                if (word.isEmpty()) {
                    throw fail(node, "a word of '" + key + "' has no letters or digits");
                }
                words.add(word);
            }
        }
        return words;
    }

    private Map<Figure, List<String>> figures(String text, QuestionnaireCatalog questionnaires) {
        Node root = compose(new StringReader(text));
        Map<Figure, List<String>> figures = new EnumMap<>(Figure.class);
        Set<String> seen = new LinkedHashSet<>();
        for (Map.Entry<String, NodeTuple> entry : entries(root, "the figures file").entrySet()) {
            Node key = entry.getValue().getKeyNode();
            Figure figure = Figure.of(entry.getKey()).orElseThrow(() -> fail(key, "unknown figure '" + entry.getKey()
                    + "' (allowed: " + java.util.Arrays.stream(Figure.values()).map(Figure::key).toList() + ")"));
            List<String> ids = new ArrayList<>();
            for (Node node : sequence(entry.getValue().getValueNode(), "the questions of '" + entry.getKey() + "'")) {
                String id = scalar(node, "a question id").trim();
                Question question = question(questionnaires, id)
                        .orElseThrow(() -> fail(node, "unknown question '" + id + "'"));
                if (question.type() != QuestionType.PERCENTAGE) {
                    throw fail(node, "question " + id + " is a " + question.type().yamlName()
                            + " question; a figure answers only percentage questions");
                }
                if (!seen.add(id)) {
                    throw fail(node, "question " + id + " is answered by two figures");
                }
                ids.add(id);
            }
            figures.put(figure, List.copyOf(ids));
        }
        return figures;
    }

    private static java.util.Optional<Question> question(QuestionnaireCatalog questionnaires, String id) {
        return questionnaires.all().stream().map(q -> q.question(id)).flatMap(java.util.Optional::stream).findFirst();
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
