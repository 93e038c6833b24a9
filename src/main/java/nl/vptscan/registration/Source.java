package nl.vptscan.registration;

import nl.vptscan.questionnaire.Text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A kind of registration export and how to read it: per field the column headers that mean it (as written; compared
 * {@linkplain #normalise normalised}), the incident types that are crimes and header words that mark personal data
 * (both normalised).
 */
public record Source(String id, Text title, Map<Field, List<String>> headers, Set<String> crimeTypes,
                     List<String> personalDataWords) {

    public Source {
        headers = Map.copyOf(headers);
        crimeTypes = Set.copyOf(crimeTypes);
        personalDataWords = List.copyOf(personalDataWords);
    }

    /** A header or value as it is compared: lower case, letters and digits only. */
    static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]", "");
    }
}
