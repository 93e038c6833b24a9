package nl.vptscan.questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The mappings between instruments in {@code questionnaires/mappings/}, read at start-up against the current
 * questionnaires: a malformed file, or a second file for the same two questionnaires, stops the service.
 */
public final class MappingCatalog {

    private final List<InstrumentMapping> mappings;

    private MappingCatalog(List<InstrumentMapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    public static MappingCatalog load(Path folder, QuestionnaireCatalog questionnaires) {
        if (!Files.isDirectory(folder)) {
            return new MappingCatalog(List.of());
        }
        Map<String, Questionnaire> current = new LinkedHashMap<>();
        questionnaires.all().forEach(q -> current.put(q.id(), q));
        List<InstrumentMapping> mappings = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                InstrumentMapping mapping = MappingReader.read(file, current);
                if (mappings.stream().anyMatch(m -> m.between(mapping.a(), mapping.b()))) {
                    throw new QuestionnaireException(file + ":1: a second mapping between " + mapping.a() + " and "
                            + mapping.b());
                }
                mappings.add(mapping);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MappingCatalog(mappings);
    }

    public List<InstrumentMapping> all() {
        return mappings;
    }

    /** The mapping that links this questionnaire with another one, if any (the first file's, in name order). */
    public Optional<InstrumentMapping> of(String questionnaireId) {
        return mappings.stream().filter(m -> m.a().equals(questionnaireId) || m.b().equals(questionnaireId)).findFirst();
    }

    /** The mapping between two questionnaires, whichever way round it was written. */
    public Optional<InstrumentMapping> between(String one, String other) {
        return mappings.stream().filter(m -> m.between(one, other)).findFirst();
    }
}
