package nl.vptscan.scoring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The compiled rules and the scorer that uses them. */
@Factory
class RulesFactory {

    @Singleton
    RuleBook ruleBook(RuleBookLoader loader) {
        return loader.get();
    }

    @Singleton
    Scorer scorer(RuleBook ruleBook) {
        return new Scorer(ruleBook);
    }
}
