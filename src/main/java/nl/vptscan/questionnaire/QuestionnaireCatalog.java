package nl.vptscan.questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every questionnaire under the questionnaires folder, loaded and checked once; immutable afterwards.
 */
public final class QuestionnaireCatalog {

    private final Map<String, Questionnaire> byId;

    private QuestionnaireCatalog(Map<String, Questionnaire> byId) {
        this.byId = byId;
    }

    /** Loads every {@code *.yaml} / {@code *.yml} file in the folder; a malformed file throws. */
    public static QuestionnaireCatalog load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new QuestionnaireException(folder + ":1: questionnaires folder not found");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new QuestionnaireException(folder + ":1: no questionnaire files (*.yaml)");
        }
        Map<String, Questionnaire> byId = new LinkedHashMap<>();
        Map<String, Path> origin = new LinkedHashMap<>();
        for (Path file : files) {
            Questionnaire questionnaire = QuestionnaireReader.read(file);
            if (byId.putIfAbsent(questionnaire.id(), questionnaire) != null) {
                throw new QuestionnaireException(file + ":1: questionnaire id '" + questionnaire.id()
                        + "' is also used by " + origin.get(questionnaire.id()));
            }
            origin.put(questionnaire.id(), file);
        }
        return new QuestionnaireCatalog(Map.copyOf(byId));
    }

    public Optional<Questionnaire> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Questionnaire> all() {
        return byId.values().stream().sorted(java.util.Comparator.comparing(Questionnaire::id)).toList();
    }
}
