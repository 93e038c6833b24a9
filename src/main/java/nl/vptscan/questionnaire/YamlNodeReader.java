package nl.vptscan.questionnaire;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict reading of an expert-owned YAML file over SnakeYAML's node tree: unknown keys, wrong types and missing
 * keys fail with {@code file:line: problem}, the exception type chosen by the subclass.
 *
 * @param <E> the exception a problem becomes
 */
public abstract class YamlNodeReader<E extends RuntimeException> {

    private final String file;

    protected YamlNodeReader(String file) {
        this.file = file;
    }

    /** Makes the exception for a complete {@code file:line: problem} message. */
    protected abstract E problem(String message);

    protected String file() {
        return file;
    }

    /** Parses the text into a node tree; no duplicate keys, few aliases, limited nesting. */
    protected Node compose(Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        Node root;
        try {
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            String context = e.getContextMark() == null || e.getContext() == null ? ""
                    : " (" + e.getContext() + " on line " + (e.getContextMark().getLine() + 1) + ")";
            throw fail(line, "not valid YAML: " + e.getProblem() + context);
        } catch (RuntimeException e) {
            throw fail(1, "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw fail(1, "file is empty");
        }
        return root;
    }

    protected Map<String, Node> mapping(Node node, String what, Set<String> allowedKeys) {
        if (!(node instanceof MappingNode mappingNode)) {
            throw fail(node, what + " must be a mapping of keys to values");
        }
        Map<String, Node> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mappingNode.getValue()) {
            String key = scalar(tuple.getKeyNode(), "key");
            if (allowedKeys != null && !allowedKeys.contains(key)) {
                throw fail(tuple.getKeyNode(), "unknown key '" + key + "' in " + what + " (allowed: "
                        + allowedKeys.stream().sorted().toList() + ")");
            }
            map.put(key, tuple.getValueNode());
        }
        return map;
    }

    /** The key nodes of a mapping whose keys are free (ids), in file order. */
    protected Map<String, NodeTuple> entries(Node node, String what) {
        if (!(node instanceof MappingNode mappingNode)) {
            throw fail(node, what + " must be a mapping of keys to values");
        }
        Map<String, NodeTuple> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mappingNode.getValue()) {
            map.put(scalar(tuple.getKeyNode(), "key"), tuple);
        }
        return map;
    }

    protected List<Node> sequence(Node node, String what) {
        if (!(node instanceof SequenceNode sequenceNode)) {
            throw fail(node, what + " must be a list");
        }
        return sequenceNode.getValue();
    }

    protected String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode scalarNode)) {
            throw fail(node, what + " must be a single value");
        }
        return scalarNode.getValue();
    }

    protected Node required(Map<String, Node> map, Node owner, String key) {
        Node node = map.get(key);
        if (node == null) {
            throw fail(owner, "missing '" + key + "'");
        }
        return node;
    }

    protected String string(Map<String, Node> map, Node owner, String key) {
        String value = scalar(required(map, owner, key), key).trim();
        if (value.isEmpty()) {
            throw fail(map.get(key), "'" + key + "' must not be empty");
        }
        return value;
    }

    protected String identifier(Map<String, Node> map, Node owner, String key) {
        String value = string(map, owner, key);
        if (!value.matches("[a-z0-9][a-z0-9._-]*")) {
            throw fail(map.get(key), "'" + key + "' must use lower-case letters, digits, '.', '-' or '_', got '" + value + "'");
        }
        return value;
    }

    protected Text text(Map<String, Node> map, Node owner, String key, boolean required) {
        Node node = map.get(key);
        if (node == null) {
            if (required) {
                throw fail(owner, "missing '" + key + "' (with nl and en)");
            }
            return null;
        }
        Map<String, Node> languages = mapping(node, "'" + key + "'", Set.of("nl", "en"));
        for (String lang : List.of("nl", "en")) {
            if (!languages.containsKey(lang) || scalar(languages.get(lang), key).isBlank()) {
                throw fail(node, "'" + key + "' has no " + (lang.equals("nl") ? "Dutch (nl)" : "English (en)") + " text");
            }
        }
        return new Text(scalar(languages.get("nl"), key).trim(), scalar(languages.get("en"), key).trim());
    }

    protected double number(Map<String, Node> map, String key, double fallback) {
        Node node = map.get(key);
        if (node == null) {
            return fallback;
        }
        String value = scalar(node, key);
        try {
            double parsed = Double.parseDouble(value);
            if (!Double.isFinite(parsed)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw fail(node, "'" + key + "' must be a number, got '" + value + "'");
        }
    }

    /** A whole number between {@code min} and {@code max}. */
    protected int integer(Map<String, Node> map, Node owner, String key, int min, int max) {
        Node node = required(map, owner, key);
        String value = scalar(node, key);
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw fail(node, "'" + key + "' must be between " + min + " and " + max + ", got " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw fail(node, "'" + key + "' must be a whole number, got '" + value + "'");
        }
    }

    protected boolean bool(Map<String, Node> map, String key, boolean fallback) {
        Node node = map.get(key);
        if (node == null) {
            return fallback;
        }
        String value = scalar(node, key);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw fail(node, "'" + key + "' must be true or false, got '" + value + "'");
        };
    }

    protected static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    protected E fail(Node node, String problem) {
        return fail(line(node), problem);
    }

    protected E fail(int line, String problem) {
        // a quoted value from the file may hold line breaks; the message stays one line
        return problem(file + ":" + line + ": " + problem.replaceAll("\\R", "\\\\n"));
    }
}
