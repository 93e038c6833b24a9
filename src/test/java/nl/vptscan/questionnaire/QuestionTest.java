package nl.vptscan.questionnaire;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionTest {

    private static Question of(QuestionType type, boolean notApplicable, List<AnswerOption> options, Double min, Double max) {
        return new Question("q", "t", new Text("v", "q"), null, type, options, true, notApplicable, true, 2.0, min, max, null);
    }

    private static final List<AnswerOption> OPTIONS = List.of(
            new AnswerOption("all", new Text("alle", "all"), 1.0),
            new AnswerOption("some", new Text("sommige", "some"), 0.5),
            new AnswerOption("none", new Text("geen", "none"), 0.0));

    private static String rejection(Question question, Object raw) {
        return assertThrows(InvalidAnswerException.class, () -> question.normalize(raw)).getMessage();
    }

    @Nested
    class YesNoPartly {
        private final Question question = of(QuestionType.YES_NO_PARTLY, false, List.of(), null, null);

        @Test
        void earnsHalfForPartly() {
            assertEquals(1.0, question.earned(question.normalize("partly")));
            assertEquals(2.0, question.max("partly"));
        }

        @Test
        void rejectsAValueOutsideTheOptions() {
            assertEquals("expected one of [yes, partly, no], got \"maybe\"", rejection(question, "maybe"));
        }

        @Test
        void rejectsNotApplicableWhereNotAllowed() {
            assertTrue(rejection(question, "na").contains("not allowed"));
        }
    }

    @Nested
    class NotApplicable {
        private final Question question = of(QuestionType.CHOICE, true, OPTIONS, null, null);

        @Test
        void countsNeitherPointsNorMaximum() {
            assertEquals("na", question.normalize("na"));
            assertEquals(0.0, question.max("na"));
            assertEquals(0.0, question.earned("na"));
        }

        @Test
        void scoresAChoiceByItsOptionScore() {
            assertEquals(1.0, question.earned(question.normalize("some")));
        }
    }

    @Nested
    class MultiChoice {
        private final Question question = of(QuestionType.MULTI_CHOICE, false, OPTIONS, null, null);

        @Test
        void keepsTheQuestionnaireOrderAndCapsPointsAtTheWeight() {
            Object value = question.normalize(List.of("some", "all"));
            assertEquals(List.of("all", "some"), value);
            assertEquals(2.0, question.earned(value));
        }

        @Test
        void rejectsARepeatedOption() {
            assertEquals("option \"all\" is given twice", rejection(question, List.of("all", "all")));
        }

        @Test
        void rejectsASingleValue() {
            assertTrue(rejection(question, "all").startsWith("expected a list of options"));
        }
    }

    @Nested
    class Numbers {
        private final Question number = of(QuestionType.NUMBER, false, List.of(), 0.0, 1000.0);
        private final Question percentage = of(QuestionType.PERCENTAGE, false, List.of(), null, null);

        @Test
        void acceptsIntegersAndDecimals() {
            assertEquals(12.0, number.normalize(12));
            assertEquals(12.5, number.normalize(new BigDecimal("12.5")));
        }

        @Test
        void rejectsValuesOutsideTheRange() {
            assertEquals("expected a number from 0 to 1000, got 1001", rejection(number, 1001));
            assertEquals("expected a number from 0 to 100, got -1", rejection(percentage, -1));
        }

        @Test
        void rejectsTextForANumber() {
            assertEquals("expected a number, got \"12\"", rejection(number, "12"));
        }

        @Test
        void scoresAPercentageProportionally() {
            assertEquals(1.5, percentage.earned(percentage.normalize(75)));
        }
    }

    @Nested
    class Dates {
        private final Question question = of(QuestionType.DATE, false, List.of(), null, null);

        @Test
        void parsesIsoDates() {
            assertEquals(LocalDate.of(2026, 3, 1), question.normalize("2026-03-01"));
        }

        @Test
        void rejectsOtherFormats() {
            assertEquals("expected a date as yyyy-mm-dd, got \"1-3-2026\"", rejection(question, "1-3-2026"));
            assertTrue(rejection(question, Map.of("a", 1)).endsWith("an object"));
        }
    }

    @Test
    void rejectsTextLongerThanTheLimit() {
        Question text = of(QuestionType.TEXT, false, List.of(), null, null);
        assertTrue(rejection(text, "x".repeat(Question.MAX_TEXT_LENGTH + 1)).startsWith("text is longer"));
    }

    @Test
    void rejectsAMissingValue() {
        assertTrue(rejection(of(QuestionType.YES_NO, false, List.of(), null, null), null).startsWith("an answer is required"));
    }
}
