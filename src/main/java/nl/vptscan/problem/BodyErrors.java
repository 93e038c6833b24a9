package nl.vptscan.problem;

import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a body the service could not read (malformed JSON, a number out of range, text where a number belongs) into
 * one field error in plain words: the field as the client wrote it ({@code context.employees}) and what was expected,
 * never a Java type, class or parser message.
 */
final class BodyErrors {

    /** Serde names each property it was decoding: {@code Error decoding property [Integer employees] of type [...]}. */
    private static final Pattern PROPERTY = Pattern.compile("Error decoding property \\[(?:[^\\]]*[ .])?([A-Za-z_$][\\w$]*)\\] of type");
    private static final Pattern CHOICES = Pattern.compile("Expected one of \\[([A-Z0-9_, ]+)\\]");
    private static final Pattern OWNER = Pattern.compile("\\] of type \\[class ([\\w.$]+)\\]");
    private static final Pattern TYPE = Pattern.compile("Error decoding property \\[([\\w.]+)");

    private BodyErrors() {
    }

    /** Serde names the record that holds the property, not where it sits: find it under the body's type. */
    private static String pathTo(Class<?> from, Class<?> target, int depth) {
        if (depth > 3) {
            return null;
        }
        var introspection = BeanIntrospector.SHARED.findIntrospection(from);
        if (introspection.isEmpty()) {
            return null;
        }
        for (var property : introspection.get().getBeanProperties()) {
            if (property.getType() == target) {
                return property.getName();
            }
            String deeper = property.getType().getName().startsWith("nl.vptscan.")
                    ? pathTo(property.getType(), target, depth + 1) : null;
            if (deeper != null) {
                return property.getName() + "." + deeper;
            }
        }
        return null;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, BodyErrors.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    static ApiException of(Throwable exception) {
        List<String> path = new ArrayList<>();
        String expected = null;
        Throwable innermost = exception;
        Class<?> root = null;
        Class<?> owner = null;
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            innermost = cause;
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            if (cause instanceof InvalidPropertyFormatException invalid) {
                Argument<?> argument = invalid.getArgument();
                if (argument != null && !argument.getName().isBlank() && !path.contains(argument.getName())) {
                    path.add(argument.getName());
                }
                if (argument != null) {
                    expected = expected(argument.getType().getSimpleName());
                }
            } else if (cause instanceof ConversionErrorException conversion) {
                root = conversion.getArgument().getType();
                String name = conversion.getArgument().getName();
                if (!conversion.getArgument().getAnnotationMetadata().hasAnnotation(Body.class) && !name.equals("body")
                        && !name.isBlank()) {
                    path.add(name);
                }
            }
            Matcher property = PROPERTY.matcher(message);
            if (property.find() && !path.contains(property.group(1))) {
                path.add(property.group(1));
                Matcher holder = OWNER.matcher(message);
                if (owner == null && holder.find()) {
                    owner = load(holder.group(1));
                }
                Matcher type = TYPE.matcher(message);
                if (type.find()) {
                    expected = expected(type.group(1));
                }
            }
        }
        if (!path.isEmpty() && owner != null && root != null && owner != root) {
            String prefix = pathTo(root, owner, 0);
            if (prefix != null) {
                path.add(0, prefix);
            }
        }
        String detail = detail(innermost, expected);
        String field = path.isEmpty() ? "body" : String.join(".", path);
        String oneOf = "expected one of ";
        FieldError error = detail.startsWith(oneOf)
                ? FieldError.coded(field, detail, "body.oneOf", detail.substring(oneOf.length()))
                : FieldError.coded(field, detail, code(detail));
        return ApiException.badRequest("The request body could not be read", List.of(error));
    }

    /** The message code of a plain-words detail: what the field expected, or that the body was unreadable. */
    private static String code(String detail) {
        if (detail.startsWith("number out of range")) {
            return "body.range";
        }
        return switch (detail) {
            case "expected a date as yyyy-mm-dd" -> "date.format";
            case "malformed JSON" -> "body.malformed";
            case "expected an object" -> "body.object";
            case "expected a list" -> "body.list";
            case "expected a whole number" -> "body.wholeNumber";
            case "expected a number" -> "body.number";
            case "expected true or false" -> "body.boolean";
            case "expected text" -> "body.text";
            default -> "body.invalid";
        };
    }

    private static String detail(Throwable innermost, String expected) {
        String message = innermost.getMessage() == null ? "" : innermost.getMessage().toLowerCase(Locale.ROOT);
        if (innermost instanceof DateTimeParseException) {
            return "expected a date as yyyy-mm-dd";
        }
        Matcher choices = CHOICES.matcher(innermost.getMessage() == null ? "" : innermost.getMessage());
        if (choices.find()) {
            return "expected one of " + choices.group(1);
        }
        if (message.contains("out of range")) {
            return "number out of range" + (expected == null ? "" : "; " + expected);
        }
        if (message.contains("end-of-input") || message.contains("unexpected character") || message.contains("unrecognized token")
                || message.contains("unexpected end")) {
            return "malformed JSON";
        }
        if (message.contains("expected start_object")) {
            return "expected an object";
        }
        if (message.contains("expected start_array")) {
            return "expected a list";
        }
        return expected == null ? "not a value this field accepts" : expected;
    }

    private static String expected(String type) {
        return switch (type.replaceAll(".*\\.", "")) {
            case "Integer", "int", "Long", "long", "Short", "short", "BigInteger" -> "expected a whole number";
            case "Double", "double", "Float", "float", "BigDecimal" -> "expected a number";
            case "Boolean", "boolean" -> "expected true or false";
            case "LocalDate" -> "expected a date as yyyy-mm-dd";
            case "String" -> "expected text";
            case "Map" -> "expected an object";
            case "List", "Set" -> "expected a list";
            default -> null;
        };
    }
}
