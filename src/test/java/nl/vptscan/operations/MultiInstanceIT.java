package nl.vptscan.operations;

import nl.vptscan.TestAnswers;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances behind an imaginary load balancer: a submit sent to both at once gives one result, and killing one
 * instance under a stream of submits loses no submit that was answered with success.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiInstanceIT extends TwoInstances {

    private static final String QUESTIONNAIRE = "ai-agressie-11";

    /** A draft with every question answered, made through instance one. */
    private long completeDraft(long organisation) throws Exception {
        long id = ((Number) admin(one, "POST", "/api/organisations/" + organisation + "/assessments",
                Map.of("questionnaireId", QUESTIONNAIRE, "kind", "SELF")).map().get("id")).longValue();
        admin(one, "PUT", "/api/assessments/" + id + "/answers",
                Map.of("answers", TestAnswers.asAnswers(TestAnswers.allInPlace(QUESTIONNAIRE))));
        return id;
    }

    private long organisation() throws Exception {
        return ((Number) admin(one, "POST", "/api/organisations", Map.of("name", "Meerdere instanties "
                + UUID.randomUUID(), "sector", "gemeente", "employees", 300)).map().get("id")).longValue();
    }

    private List<Map<String, Object>> results(ServiceProcess via, long assessment) throws Exception {
        return admin(via, "GET", "/api/assessments/" + assessment + "/results", null).list();
    }

    @Test
    @Order(1)
    void theSameSubmitSentToBothInstancesAtOnceGivesOneResult() throws Exception {
        long assessment = completeDraft(organisation());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (ServiceProcess instance : List.of(one, two)) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return send(instance, "POST", "/api/assessments/" + assessment + "/submit", Map.of(), adminToken);
                }));
            }
            go.countDown();
            Reply first = replies.get(0).get(2, TimeUnit.MINUTES);
            Reply second = replies.get(1).get(2, TimeUnit.MINUTES);
            assertTrue(first.ok(), first.toString());
            assertTrue(second.ok(), second.toString());
            assertEquals(first.map().get("id"), second.map().get("id"), "both instances answer with the same result");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, results(one, assessment).size());
        assertEquals(1, results(two, assessment).size());
    }

    @Test
    @Order(2)
    void killingAnInstanceUnderASteadyStreamOfSubmitsLosesNoAnsweredSubmit() throws Exception {
        long organisation = organisation();
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            drafts.add(completeDraft(organisation));
        }
        Map<Long, String> outcome = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < drafts.size(); i++) {
                long assessment = drafts.get(i);
                ServiceProcess target = i % 2 == 0 ? one : two;
                sent.add(pool.submit(() -> {
                    try {
                        Reply reply = send(target, "POST", "/api/assessments/" + assessment + "/submit", Map.of(), adminToken);
                        outcome.put(assessment, target.name + " " + reply.status());
                    } catch (Exception e) {
                        outcome.put(assessment, target.name + " " + e.getClass().getSimpleName());
                    }
                    return null;
                }));
                if (i == drafts.size() / 2) {
                    two.kill(); // while submits sent to it may still be in flight
                }
                Thread.sleep(150);
            }
            for (Future<?> future : sent) {
                future.get(3, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertFalse(two.isAlive());
        Map<Long, String> answered = new LinkedHashMap<>();
        outcome.forEach((id, what) -> {
            if (what.matches(".* 2\\d\\d")) {
                answered.put(id, what);
            }
        });
        assertTrue(answered.values().stream().anyMatch(w -> w.startsWith(two.name)), "instance two answered before it died: " + outcome);
        assertTrue(outcome.values().stream().anyMatch(w -> w.startsWith(two.name) && !w.matches(".* 2\\d\\d")),
                "submits to the killed instance failed: " + outcome);
        for (long assessment : drafts) {
            int stored = results(one, assessment).size();
            if (answered.containsKey(assessment)) {
                assertEquals(1, stored, "answered submit of " + assessment + " (" + outcome.get(assessment) + ")");
            } else {
                assertTrue(stored <= 1, "unanswered submit of " + assessment + " stored " + stored + " results");
                // the client tries again on the surviving instance; it answers with the one result
                admin(one, "POST", "/api/assessments/" + assessment + "/submit", Map.of());
                assertEquals(1, results(one, assessment).size(), "retried submit of " + assessment);
            }
        }
    }
}
