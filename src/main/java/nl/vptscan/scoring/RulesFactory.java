package nl.vptscan.scoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.vptscan.questionnaire.QuestionnaireCatalog;

/** The compiled rules and the scorer that uses them. */
@Factory
class RulesFactory {

    @Singleton
    RuleBook ruleBook(RuleBookLoader loader) {
        return loader.get();
    }

    @Singleton
    QuickScanJson quickScanJson(RuleBook ruleBook, QuestionnaireCatalog questionnaires) {
        return new QuickScanJson(ruleBook, questionnaires);
    }

    @Singleton
    Scorer scorer(RuleBook ruleBook, @Nullable MeterRegistry metrics) {
        return new Scorer(ruleBook, metrics == null ? null : Timer.builder("vptscan.scoring")
                .description("Scoring one set of answers with the rules").register(metrics));
    }
}
