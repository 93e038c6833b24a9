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
    private final Map<String, QuestionnaireMigration> migrations;
    private final LegalCatalogue legal;

    private QuestionnaireCatalog(Map<String, Questionnaire> byId, Map<String, QuestionnaireMigration> migrations,
                                 LegalCatalogue legal) {
        this.byId = byId;
        this.migrations = migrations;
        this.legal = legal;
    }

    /**
     * Loads every {@code *.yaml} / {@code *.yml} file in the folder, checking each topic's legal keys against the
     * legal catalogue; a malformed file throws.
     */
    public static QuestionnaireCatalog load(Path folder, LegalCatalogue legal) {
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
            Questionnaire questionnaire = QuestionnaireReader.read(file, legal);
            if (byId.putIfAbsent(questionnaire.id(), questionnaire) != null) {
                throw new QuestionnaireException(file + ":1: questionnaire id '" + questionnaire.id()
                        + "' is also used by " + origin.get(questionnaire.id()));
            }
            origin.put(questionnaire.id(), file);
        }
        return new QuestionnaireCatalog(Map.copyOf(byId), migrations(folder.resolve("migrations"), byId), legal);
    }

    /** Reads every migration file under {@code migrations}; a malformed one, or two from one version, throws. */
    private static Map<String, QuestionnaireMigration> migrations(Path folder, Map<String, Questionnaire> current) {
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, QuestionnaireMigration> byKey = new LinkedHashMap<>();
        for (Path file : files) {
            QuestionnaireMigration migration = MigrationReader.read(file, current);
            if (byKey.putIfAbsent(key(migration.questionnaireId(), migration.from()), migration) != null) {
                throw new QuestionnaireException(file + ":1: a second migration of " + migration.questionnaireId()
                        + " from version " + migration.from());
            }
        }
        return Map.copyOf(byKey);
    }

    private static String key(String questionnaireId, String version) {
        return questionnaireId + "@" + version;
    }

    /** How drafts on an older version of the questionnaire move to its current version, if that is documented. */
    public Optional<QuestionnaireMigration> migration(String questionnaireId, String fromVersion) {
        return Optional.ofNullable(migrations.get(key(questionnaireId, fromVersion)));
    }

    /** The legal catalogue the topics cite. */
    public LegalCatalogue legal() {
        return legal;
    }

    public Optional<Questionnaire> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Questionnaire> all() {
        return byId.values().stream().sorted(java.util.Comparator.comparing(Questionnaire::id)).toList();
    }
}
