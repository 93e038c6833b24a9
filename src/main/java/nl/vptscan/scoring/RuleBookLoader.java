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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Compiles the rules folder on its own thread from the first moment of start-up, so that compilation (most of
 * it loading Drools) runs beside the database migration and the web server set-up; start-up waits for it at the
 * end, and a rule that does not compile still stops the service before it takes requests.
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
                RuleBook book = RuleBook.compile(folder,
                        QuestionnaireCatalog.load(questionnaires, LegalCatalogue.inRules(folder)));
                LOG.info("Compiled {} rule files from {} in {} ms, ruleset version {}", book.ruleFileCount(), folder,
                        (System.nanoTime() - start) / 1_000_000, book.version());
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
