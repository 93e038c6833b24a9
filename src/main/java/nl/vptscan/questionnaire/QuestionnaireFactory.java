package nl.vptscan.questionnaire;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/** Loads the questionnaire catalogue and the legal catalogue it cites at start-up, so a malformed file stops the service at once. */
@Factory
class QuestionnaireFactory {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionnaireFactory.class);

    @Context
    QuestionnaireCatalog questionnaireCatalog(@Value("${vptscan.questionnaires.path:questionnaires}") Path folder,
                                              @Value("${vptscan.rules.path:rules}") Path rules) {
        QuestionnaireCatalog catalog = QuestionnaireCatalog.load(folder, LegalCatalogue.inRules(rules));
        catalog.all().forEach(q -> LOG.info("Questionnaire {} version {}: {} topics, {} questions",
                q.id(), q.version(), q.topics().size(), q.questionCount()));
        return catalog;
    }

    /** The mappings between instruments, checked against the questionnaires at start-up. */
    @Context
    MappingCatalog mappingCatalog(@Value("${vptscan.questionnaires.path:questionnaires}") Path folder,
                                  QuestionnaireCatalog questionnaires) {
        MappingCatalog mappings = MappingCatalog.load(folder.resolve("mappings"), questionnaires);
        mappings.all().forEach(m -> LOG.info("Mapping {} <-> {}: {} links", m.a(), m.b(), m.links().size()));
        return mappings;
    }
}
