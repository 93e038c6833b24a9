package nl.vptscan.registration;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/** Loads the registration sources and figure questions at start-up, so a malformed file stops the service at once. */
@Factory
class RegistrationFactory {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationFactory.class);

    @Context
    RegistrationCatalog registrationCatalog(@Value("${vptscan.questionnaires.path:questionnaires}") Path folder,
                                            QuestionnaireCatalog questionnaires) {
        RegistrationCatalog catalog = RegistrationCatalog.load(folder.resolve("registrations"), questionnaires);
        catalog.sources().forEach(s -> LOG.info("Registration source {}: {} fields", s.id(), s.headers().size()));
        return catalog;
    }
}
