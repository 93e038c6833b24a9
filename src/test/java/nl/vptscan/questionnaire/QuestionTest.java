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
        return new Question("q", "t", new Text("v", "q"), null, type, options, true, notApplicable, true, 2.0, min, max, null,
                null);
    }

    private static final List<AnswerOption> OPTIONS = List.of(
            new AnswerOption("all", new Text("alle", "all"), 1.0),
            new AnswerOption("some", new Text("sommige", "some"), 0.5),
            new AnswerOption("none", new Text("geen", "none"), 0.0));

    private static String rejection(Question question, Object raw) {
        return assertThrows(InvalidAnswerException.class, () -> question.parse(raw)).getMessage();
    }

    @Nested
    class YesNoPartly {
        private final Question question = of(QuestionType.YES_NO_PARTLY, false, List.of(), null, null);

        @Test
        void earnsHalfForPartly() {
            assertEquals(AnswerValue.YesNo.PARTLY, question.parse("partly"));
            assertEquals(1.0, question.earned(question.parse("partly")));
            assertEquals(2.0, question.max(AnswerValue.YesNo.PARTLY));
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
            assertEquals(AnswerValue.NotApplicable.INSTANCE, question.parse("na"));
            assertEquals(0.0, question.max(AnswerValue.NotApplicable.INSTANCE));
            assertEquals(0.0, question.earned(AnswerValue.NotApplicable.INSTANCE));
        }

        @Test
        void scoresAChoiceByItsOptionScore() {
            assertEquals(1.0, question.earned(question.parse("some")));
        }
    }

    @Nested
    class MultiChoice {
        private final Question question = of(QuestionType.MULTI_CHOICE, false, OPTIONS, null, null);

        @Test
        void keepsTheQuestionnaireOrderAndCapsPointsAtTheWeight() {
            AnswerValue value = question.parse(List.of("some", "all"));
            assertEquals(new AnswerValue.Choices(List.of("all", "some")), value);
            assertEquals(2.0, question.earned(value));
        }

        @Test
        void noOptionTickedIsAnAnswerThatEarnsNothingAndReadsAsNoneOfThese() {
            AnswerValue none = question.parse(List.of());
            assertEquals(0.0, question.earned(none));
            assertEquals("Geen van deze", none.label(question, "nl"));
            assertEquals("None of these", none.label(question, "en"));
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
            assertEquals(new AnswerValue.NumberValue(12), number.parse(12));
            assertEquals(new AnswerValue.NumberValue(12.5), number.parse(new BigDecimal("12.5")));
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
            assertEquals(1.5, percentage.earned(percentage.parse(75)));
        }
    }

    @Nested
    class Dates {
        private final Question question = of(QuestionType.DATE, false, List.of(), null, null);

        @Test
        void parsesIsoDates() {
            assertEquals(new AnswerValue.DateValue(LocalDate.of(2026, 3, 1)), question.parse("2026-03-01"));
        }

        @Test
        void rejectsOtherFormats() {
            assertEquals("expected a date as yyyy-mm-dd, got \"1-3-2026\"", rejection(question, "1-3-2026"));
            assertTrue(rejection(question, Map.of("a", 1)).endsWith("an object"));
        }

        /** The date reader takes a shortcut for yyyy-mm-dd: it must accept and reject exactly what LocalDate does. */
        @Test
        void readsDatesExactlyAsLocalDateParses() {
            List<String> edges = List.of("2024-02-29", "2023-02-29", "2026-04-31", "2026-12-31", "2026-13-01",
                    "2026-00-10", "2026-01-00", "2026-01-32", "0000-01-01", "9999-12-31", "2026-1-01", "2026-01-1",
                    "2026/01/01", "2026-01-01 ", " 2026-01-01", "+2026-01-01", "-2026-01-01", "2026-0a-01",
                    "2026-\u0661\u0662-01", "20260-01-01", "2026-01-01T00:00", "", "2026--01-01", "2026-01--1");
            java.util.Random random = new java.util.Random(20261203);
            List<String> samples = new java.util.ArrayList<>(edges);
            String alphabet = "0123456789-+/ a";
            for (int i = 0; i < 200_000; i++) {
                StringBuilder s = new StringBuilder(String.format("%04d-%02d-%02d", random.nextInt(10_000),
                        random.nextInt(14), random.nextInt(33)));
                if (random.nextInt(4) == 0) {
                    s.setCharAt(random.nextInt(s.length()), alphabet.charAt(random.nextInt(alphabet.length())));
                }
                samples.add(s.toString());
            }
            for (String sample : samples) {
                LocalDate expected;
                try {
                    expected = LocalDate.parse(sample);
                } catch (java.time.format.DateTimeParseException e) {
                    expected = null;
                }
                LocalDate actual;
                try {
                    actual = Question.isoDate(sample);
                } catch (java.time.format.DateTimeParseException e) {
                    actual = null;
                }
                assertEquals(expected, actual, sample);
            }
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

    @Nested
    class Codes {
        private final Question number = of(QuestionType.NUMBER, false, List.of(), 0.0, 100.0);

        @Test
        void aNumberOutOfRangeCarriesItsCodeAndTheFiguresAPageNeeds() {
            InvalidAnswerException e = assertThrows(InvalidAnswerException.class, () -> number.parse(150.0));
            assertEquals("answer.number.range", e.code());
            assertEquals(List.of("0", "100", "150"), e.params());
            assertEquals("expected a number from 0 to 100, got 150.0", e.getMessage());
        }

        @Test
        void everyRejectionHasACode() {
            Question choice = of(QuestionType.CHOICE, false, OPTIONS, null, null);
            assertEquals("answer.option.unknown", assertThrows(InvalidAnswerException.class, () -> choice.parse("x")).code());
            Question date = of(QuestionType.DATE, false, List.of(), null, null);
            assertEquals("answer.date.format", assertThrows(InvalidAnswerException.class, () -> date.parse("1-3-2026")).code());
            assertEquals("answer.required", assertThrows(InvalidAnswerException.class, () -> date.parse(null)).code());
            assertEquals("answer.na.notAllowed", assertThrows(InvalidAnswerException.class, () -> date.parse("na")).code());
        }
    }

    @Nested
    class Forms {
        private final Question percentage = of(QuestionType.PERCENTAGE, false, List.of(), null, null);
        private final Question number = of(QuestionType.NUMBER, false, List.of(), 0.0, null);
        private final Question choice = of(QuestionType.CHOICE, true, OPTIONS, null, null);
        private final Question date = of(QuestionType.DATE, false, List.of(), null, null);

        @Test
        void storedFormIsWhatTheAnswerColumnHasAlwaysHeld() {
            assertEquals(80L, percentage.parse(80.0).json());
            assertEquals(80.5, percentage.parse(80.5).json());
            assertEquals("yes", of(QuestionType.YES_NO, false, List.of(), null, null).parse("yes").json());
            assertEquals(List.of("all", "none"), of(QuestionType.MULTI_CHOICE, false, OPTIONS, null, null)
                    .parse(List.of("none", "all")).json());
            assertEquals("2026-03-01", date.parse("2026-03-01").json());
            assertEquals("na", choice.parse("na").json());
        }

        @Test
        void readsInEachLanguage() {
            assertEquals("80%", percentage.parse(80.0).label(percentage, "nl"));
            assertEquals("80,5%", percentage.parse(80.5).label(percentage, "nl"));
            assertEquals("80.5%", percentage.parse(80.5).label(percentage, "en"));
            assertEquals("1500", number.parse(1500.0).label(number, "nl"));
            assertEquals("sommige", choice.parse("some").label(choice, "nl"));
            assertEquals("some", choice.parse("some").label(choice, "en"));
            assertEquals("n.v.t.", choice.parse("na").label(choice, "nl"));
            assertEquals("n/a", choice.parse("na").label(choice, "en"));
            assertEquals("Gedeeltelijk", AnswerValue.YesNo.PARTLY.label(choice, "nl"));
            assertEquals("1-3-2026", date.parse("2026-03-01").label(date, "nl"));
            assertEquals("1 Mar 2026", date.parse("2026-03-01").label(date, "en"));
        }

        @Test
        void evidenceShowsNumbersWithoutAFraction() {
            assertEquals("80", percentage.parse(80.0).display());
            assertEquals("12.5", number.parse(12.5).display());
        }
    }
}
