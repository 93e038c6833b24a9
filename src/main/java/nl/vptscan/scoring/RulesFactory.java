package nl.vptscan.scoring;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/** Compiles the rules folder once at start-up; a rule that does not compile stops the service. */
@Factory
class RulesFactory {

    private static final Logger LOG = LoggerFactory.getLogger(RulesFactory.class);

    @Context
    RuleBook ruleBook(@Value("${vptscan.rules.path:rules}") Path folder) {
        long start = System.nanoTime();
        RuleBook book = RuleBook.compile(folder);
        LOG.info("Compiled {} rule files from {} in {} ms, ruleset version {}", book.ruleFileCount(),
                folder, (System.nanoTime() - start) / 1_000_000, book.version());
        return book;
    }

    @Singleton
    Scorer scorer(RuleBook ruleBook) {
        return new Scorer(ruleBook);
    }
}
