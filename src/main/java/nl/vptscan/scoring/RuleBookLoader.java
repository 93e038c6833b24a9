package nl.vptscan.scoring;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import nl.vptscan.questionnaire.LegalCatalogue;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Loads the rules folder on its own thread from the first moment of start-up, so that it runs beside the database
 * migration and the web server set-up; start-up waits for it at the end, and a rule that does not compile still
 * stops the service before it takes requests. When the rules on disk are the ones built with the service (the
 * same version), their prebuilt executable model is loaded; otherwise, after an edit of a rule, a findings file or
 * legal.yaml, the rule files are compiled as they are. Both ways run every check of {@link RuleBook}.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class RuleBookLoader {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBookLoader.class);

    private final CompletableFuture<RuleBook> compiled;

    RuleBookLoader(@Value("${vptscan.rules.path:rules}") Path folder,
                   @Value("${vptscan.questionnaires.path:questionnaires}") Path questionnaires) {
        compiled = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                Optional<PrecompiledRules> built = PrecompiledRules.onClasspath();
                RuleBook book = RuleBook.load(folder,
                        QuestionnaireCatalog.load(questionnaires, LegalCatalogue.inRules(folder)), built.orElse(null));
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (book.precompiled()) {
                    LOG.info("Loaded precompiled rules ({} rule files, ruleset version {}) in {} ms",
                            book.ruleFileCount(), book.version(), ms);
                } else {
                    LOG.info("Compiled {} rule files from {} in {} ms, ruleset version {} ({})", book.ruleFileCount(),
                            folder, ms, book.version(), built.map(b -> "rules on disk differ from the built ones, "
                                    + "version " + b.version()).orElse("no rules were built with the service"));
                }
                compiled.complete(book);
            } catch (RuntimeException | Error e) {
                compiled.completeExceptionally(e);
            }
        }, "rule-compiler");
        thread.setDaemon(true);
        thread.start();
    }

    /** The compiled rules, waiting for the compilation if it is still running. */
    public RuleBook get() {
        try {
            return compiled.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @EventListener
    void rulesReadyBeforeRequests(StartupEvent event) {
        get();
    }
}
