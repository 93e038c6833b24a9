package nl.vptscan.registration;

import nl.vptscan.questionnaire.QuestionnaireCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The registration sources ({@code questionnaires/registrations/sources/*.yaml}) and the questions each figure answers
 * ({@code questionnaires/registrations/figures.yaml}), read at start-up: a malformed file stops the service.
 */
public final class RegistrationCatalog {

    /** The source used when an import names none. */
    public static final String DEFAULT_SOURCE = "standaard";

    private final Map<String, Source> sources;
    private final Map<Figure, List<String>> figures;

    RegistrationCatalog(Map<String, Source> sources, Map<Figure, List<String>> figures) {
        this.sources = Map.copyOf(sources);
        this.figures = figures.isEmpty() ? Map.of() : new EnumMap<>(figures);
    }

    static RegistrationCatalog load(Path folder, QuestionnaireCatalog questionnaires) {
        Map<String, Source> sources = new LinkedHashMap<>();
        Path sourceFolder = folder.resolve("sources");
        if (Files.isDirectory(sourceFolder)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(sourceFolder)) {
                files = list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path file : files) {
                Source source = RegistrationDataReader.source(file);
                if (sources.putIfAbsent(source.id(), source) != null) {
                    throw new RegistrationDataException(file + ":1: a second source '" + source.id() + "'");
                }
            }
        }
        Path figureFile = folder.resolve("figures.yaml");
        Map<Figure, List<String>> figures = Files.isRegularFile(figureFile)
                ? RegistrationDataReader.figures(figureFile, questionnaires) : Map.of();
        if (!figures.isEmpty() && !sources.containsKey(DEFAULT_SOURCE)) {
            throw new RegistrationDataException(sourceFolder.resolve(DEFAULT_SOURCE + ".yaml")
                    + ":1: the default source is missing");
        }
        return new RegistrationCatalog(sources, figures);
    }

    public Collection<Source> sources() {
        return new ArrayList<>(sources.values());
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** The questions a figure answers, in any questionnaire. */
    public List<String> questions(Figure figure) {
        return figures.getOrDefault(figure, List.of());
    }
}
