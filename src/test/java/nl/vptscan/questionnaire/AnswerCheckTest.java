package nl.vptscan.questionnaire;

import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AnswerCheckTest {

    private static final Questionnaire AI11 = QuestionnaireCatalog.load(Path.of("questionnaires"), LegalCatalogue.inRules(Path.of("rules")))
            .find("ai-agressie-11").orElseThrow();
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void returnsAnswersInQuestionnaireOrder() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("ai11.p02.q1", "yes");
        raw.put("ai11.p01.q1", "no");
        assertEquals(List.of("ai11.p01.q1", "ai11.p02.q1"),
                List.copyOf(AnswerCheck.parse(AI11, raw, "answers", TODAY).keySet()));
    }

    @Test
    void rejectsADateAfterTheReferenceDate() {
        DomainException e = assertThrows(DomainException.class, () ->
                AnswerCheck.parse(AI11, Map.of("ai11.p01.q4", "2026-06-02"), "answers", TODAY));
        assertEquals(List.of(new FieldError("answers.ai11.p01.q4",
                "a date after 2026-06-01 cannot say when something last happened", "answer.date.future",
                List.of("2026-06-01"))), e.errors());
    }

    @Test
    void rejectsMoreAnswersThanTheLimit() {
        Map<String, Object> raw = new LinkedHashMap<>();
        for (int i = 0; i <= AnswerCheck.MAX_ANSWERS; i++) {
            raw.put("x" + i, "yes");
        }
        DomainException e = assertThrows(DomainException.class, () -> AnswerCheck.parse(AI11, raw, "answers", TODAY));
        assertEquals("answers", e.errors().get(0).field());
    }
}
