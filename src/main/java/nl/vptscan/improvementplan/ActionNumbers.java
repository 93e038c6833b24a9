package nl.vptscan.improvementplan;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The numbers of the actions an action depends on, as stored ("2 5") and as written in the plan ("2, 5"): read
 * from text with commas, semicolons or spaces between them.
 */
@Singleton
final class ActionNumbers implements AttributeConverter<List<Integer>, String> {

    @Override
    public String convertToPersistedValue(List<Integer> numbers, ConversionContext context) {
        return numbers == null || numbers.isEmpty() ? null
                : String.join(" ", numbers.stream().map(String::valueOf).toList());
    }

    @Override
    public List<Integer> convertToEntityValue(String stored, ConversionContext context) {
        return stored == null || stored.isBlank() ? List.of() : parse(stored).orElse(List.of());
    }

    /** The numbers as a person writes them: "2, 5"; empty for none. */
    static String format(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }

    /** Numbers separated by commas, semicolons or spaces, sorted, each once; empty when the text is not that. */
    static Optional<List<Integer>> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Optional.of(List.of());
        }
        TreeSet<Integer> numbers = new TreeSet<>();
        for (String part : trimmed.split("[,;\\s]+")) {
            if (!part.matches("\\d{1,6}")) {
                return Optional.empty();
            }
            numbers.add(Integer.valueOf(part));
        }
        return Optional.of(List.copyOf(new ArrayList<>(numbers)));
    }

    /** Numbers from a JSON value: a list of whole numbers, or text as {@link #parse(String)} reads it. */
    static Optional<List<Integer>> of(Object raw) {
        if (raw == null) {
            return Optional.of(List.of());
        }
        if (raw instanceof String text) {
            return parse(text);
        }
        if (raw instanceof List<?> list) {
            TreeSet<Integer> numbers = new TreeSet<>();
            for (Object item : list) {
                if (!(item instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.intValue() < 1
                        || n.intValue() > 999_999) {
                    return Optional.empty();
                }
                numbers.add(n.intValue());
            }
            return Optional.of(List.copyOf(numbers));
        }
        return Optional.empty();
    }
}
