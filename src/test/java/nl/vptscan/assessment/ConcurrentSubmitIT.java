package nl.vptscan.assessment;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Submits run on a pool of their own, a fixed number of threads (twice the processors): more submits at once than
 * it has threads wait their turn instead of sharing the processors ever more thinly, and every one of them is
 * stored, once.
 */
@MicronautTest(transactional = false)
class ConcurrentSubmitIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    @Named("submit")
    ExecutorService submits;

    @Inject
    MeterRegistry meters;

    @Test
    @SuppressWarnings("unchecked")
    void moreSubmitsThanThreadsAllLandOnceOnTheSubmitPool() throws Exception {
        assertTrue(submits.submit(() -> Thread.currentThread().getName()).get().startsWith("submit"));
        int threads = 2 * Runtime.getRuntime().availableProcessors();
        assertEquals(threads, meters.get("executor.pool.max").tag("name", "submit").gauge().value(),
                "a fixed pool of twice the processors");
        assertEquals(threads, meters.get("executor.pool.core").tag("name", "submit").gauge().value());

        Api api = new Api(client.toBlocking());
        long organisation = api.organisation("Gelijktijdig ingediend");
        Map<String, Object> complete = Answers.allInPlace("vpt-8-maatregelen");
        List<String> questions = Answers.questionnaire("vpt-8-maatregelen").questions().stream()
                .filter(q -> q.type().yamlName().startsWith("yes_no")).map(q -> q.id()).toList();
        int count = 3 * threads;
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long draft = api.assessment(organisation, "vpt-8-maatregelen", "SELF");
            Map<String, Object> answers = new LinkedHashMap<>();
            complete.forEach((id, value) -> answers.put(id, Api.answer(value)));
            answers.put(questions.get(i % questions.size()), Api.answer(i % 2 == 0 ? "yes" : "no"));
            api.put("/api/assessments/" + draft + "/answers", Map.of("answers", answers));
            drafts.add(draft);
        }
        double before = completed();
        ExecutorService senders = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Map<String, Object>>> sent = new ArrayList<>();
            for (long draft : drafts) {
                sent.add(senders.submit(() -> {
                    start.await();
                    return api.post("/api/assessments/" + draft + "/submit", Map.of());
                }));
            }
            start.countDown();
            for (int i = 0; i < count; i++) {
                assertEquals(((Number) sent.get(i).get().get("assessmentId")).longValue(), drafts.get(i));
            }
        } finally {
            senders.shutdown();
        }
        for (long draft : drafts) {
            assertEquals("SUBMITTED", api.get("/api/assessments/" + draft).get("status"));
            assertEquals(1, api.list("/api/assessments/" + draft + "/results").size(), "one result for " + draft);
        }
        assertTrue(completed() - before >= count, "every submit ran on the submit pool: "
                + (completed() - before) + " of " + count);
    }

    private double completed() {
        return meters.get("executor.completed").tag("name", "submit").functionCounter().count();
    }
}
