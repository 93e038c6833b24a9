package nl.vptscan.assessment;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two people saving different answers to one assessment at the same moment lose neither. */
@MicronautTest(transactional = false)
class ConcurrentAnswersIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    @SuppressWarnings("unchecked")
    void concurrentSavesOfDifferentQuestionsKeepBoth() throws Exception {
        Api api = new Api(client.toBlocking());
        List<String> questions = Answers.questionnaire("vpt-8-maatregelen").questions().stream()
                .filter(q -> q.type().yamlName().startsWith("yes_no")).map(q -> q.id()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                long assessment = api.assessment(api.organisation("Gelijktijdig " + round), "vpt-8-maatregelen", "SELF");
                String uri = "/api/assessments/" + assessment + "/answers";
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> saves = new ArrayList<>();
                for (int client = 0; client < 2; client++) {
                    String question = questions.get(client);
                    String value = client == 0 ? "yes" : "no";
                    saves.add(pool.submit(() -> {
                        start.await();
                        return api.put(uri, Map.of("answers", Map.of(question, Api.answer(value))));
                    }));
                }
                start.countDown();
                for (Future<?> save : saves) {
                    save.get();
                }
                Map<String, Object> answers = (Map<String, Object>) api.get(uri).get("answers");
                assertEquals("yes", ((Map<String, Object>) answers.get(questions.get(0))).get("value"));
                assertEquals("no", ((Map<String, Object>) answers.get(questions.get(1))).get("value"));
            }
        } finally {
            pool.shutdown();
        }
    }
}
