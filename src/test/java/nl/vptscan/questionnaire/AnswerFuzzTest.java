package nl.vptscan.questionnaire;

import nl.vptscan.Fuzz;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Feeds every question of the shipped questionnaires anything JSON can carry: an answer is either stored in the
 * form its type documents or refused as invalid, and a batch is refused with one error per bad answer.
 */
class AnswerFuzzTest {

    private static final List<Questionnaire> SHIPPED =
            List.copyOf(QuestionnaireCatalog.load(Path.of("questionnaires"), LegalCatalogue.inRules(Path.of("rules"))).all());
    private static final List<Question> QUESTIONS = SHIPPED.stream().flatMap(q -> q.questions().stream()).toList();
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 6, 1);

    /** Both outcomes must be common, or the properties below test little. */
    private static final Map<String, Double> BOTH_OUTCOMES = Map.of("stored", 5.0, "refused", 5.0);

    @TestFactory
    Stream<DynamicTest> answerIsStoredInItsTypesFormOrRefusedAsInvalid() {
        return Fuzz.forAll(3000, AnswerFuzzTest::answer, answer -> {
            Question question = answer.question();
            Object raw = answer.raw();
            AnswerValue stored;
            try {
                stored = question.parse(raw);
            } catch (InvalidAnswerException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a refusal says what is wrong");
                assertTrue(e.code() != null && e.code().startsWith("answer."), "a refusal has a message code");
                return "refused";
            } catch (RuntimeException e) {
                throw new AssertionError("question " + question.id() + " failed on " + describe(raw) + " with " + e, e);
            }
            assertStoredForm(question, raw, stored);
            double earned = question.earned(stored);
            assertTrue(earned >= 0 && earned <= question.max(stored),
                    () -> question.id() + " earns " + earned + " of " + question.max(stored) + " for " + stored);
            return "stored";
        }, BOTH_OUTCOMES);
    }

    @TestFactory
    Stream<DynamicTest> batchIsStoredOrRefusedWithOneErrorPerBadAnswer() {
        return Fuzz.forAll(300, AnswerFuzzTest::batch, batch -> {
            Questionnaire questionnaire = batch.questionnaire();
            Map<String, Object> raw = batch.raw();
            Set<String> bad = new TreeSet<>();
            raw.forEach((id, value) -> {
                Question question = questionnaire.question(id).orElse(null);
                if (question == null) {
                    bad.add("answers." + id);
                    return;
                }
                try {
                    AnswerCheck.parse(question, value, REFERENCE_DATE);
                } catch (InvalidAnswerException e) {
                    bad.add("answers." + id);
                }
            });
            Map<String, AnswerValue> checked;
            try {
                checked = AnswerCheck.parse(questionnaire, raw, "answers", REFERENCE_DATE);
            } catch (DomainException e) {
                assertEquals(DomainException.Kind.INVALID, e.kind());
                List<String> fields = e.errors().stream().map(FieldError::field).toList();
                assertEquals(bad.size(), fields.size(), () -> "one error per bad answer: " + e.errors());
                assertEquals(bad, new TreeSet<>(fields));
                return "refused";
            }
            assertTrue(bad.isEmpty(), () -> "accepted a batch with bad answers " + bad);
            List<String> inQuestionnaireOrder = questionnaire.questions().stream().map(Question::id)
                    .filter(raw::containsKey).toList();
            assertEquals(inQuestionnaireOrder, List.copyOf(checked.keySet()));
            return "stored";
        }, BOTH_OUTCOMES);
    }

    private static void assertStoredForm(Question question, Object raw, AnswerValue stored) {
        assertEquals(stored, question.parse(stored.json()), () -> "the stored form reads back as " + stored);
        if (Question.NOT_APPLICABLE.equals(raw)) {
            assertTrue(question.notApplicable(), () -> question.id() + " accepted \"na\"");
            assertEquals(AnswerValue.NotApplicable.INSTANCE, stored);
            return;
        }
        switch (question.type()) {
            case YES_NO, YES_NO_PARTLY -> assertTrue(stored instanceof AnswerValue.YesNo yesNo
                    && question.allowedValues().contains(yesNo.code()), () -> "stored " + stored);
            case CHOICE -> assertTrue(stored instanceof AnswerValue.Choice c
                    && question.allowedValues().contains(c.option()) && !c.option().equals(Question.NOT_APPLICABLE),
                    () -> "stored " + stored);
            case MULTI_CHOICE -> {
                List<?> list = assertInstanceOf(AnswerValue.Choices.class, stored).options();
                List<String> options = question.options().stream().map(AnswerOption::value).toList();
                assertTrue(list.stream().allMatch(v -> v instanceof String s && options.contains(s)), () -> "stored " + list);
                assertEquals(new HashSet<>(list).size(), list.size(), () -> "duplicates in " + list);
            }
            case NUMBER -> {
                double value = assertInstanceOf(AnswerValue.NumberValue.class, stored).number();
                assertTrue(Double.isFinite(value) && value >= (question.min() == null ? 0 : question.min())
                        && (question.max() == null || value <= question.max()), () -> "stored " + value);
            }
            case PERCENTAGE -> {
                double value = assertInstanceOf(AnswerValue.Percentage.class, stored).percent();
                assertTrue(value >= 0 && value <= 100, () -> "stored " + value);
            }
            case DATE -> {
                LocalDate date = assertInstanceOf(AnswerValue.DateValue.class, stored).date();
                assertTrue(date.getYear() >= 1950 && date.getYear() <= 2999, () -> "stored " + date);
            }
            case TEXT -> assertTrue(stored instanceof AnswerValue.TextValue t && t.text().length() <= Question.MAX_TEXT_LENGTH);
            default -> fail("unknown type " + question.type());
        }
    }

    /** One raw answer to one question. */
    record AnswerCase(Question question, Object raw) {
        @Override
        public String toString() {
            return question.id() + " (" + question.type() + ") ← " + describe(raw);
        }
    }

    /** Raw answers by question id, meant for one questionnaire. */
    record Batch(Questionnaire questionnaire, Map<String, Object> raw) {
        @Override
        public String toString() {
            return questionnaire.id() + " ← " + raw.entrySet().stream().map(e -> e.getKey() + "=" + describe(e.getValue()))
                    .toList();
        }
    }

    private static AnswerCase answer(Fuzz fuzz) {
        Question question = fuzz.pick(QUESTIONS);
        return new AnswerCase(question, fuzz.bool() ? plausible(fuzz, question) : jsonValue(fuzz));
    }

    private static Batch batch(Fuzz fuzz) {
        Questionnaire questionnaire = fuzz.pick(SHIPPED);
        List<String> own = questionnaire.questions().stream().map(Question::id).toList();
        int size = fuzz.between(0, 8);
        Map<String, Object> raw = new LinkedHashMap<>();
        for (int attempt = 0; attempt < 5 * size && raw.size() < size; attempt++) {
            String id = switch (fuzz.weighted(8, 1, 1)) {
                case 0 -> fuzz.pick(own);
                case 1 -> fuzz.pick(QUESTIONS).id();
                default -> fuzz.text(0, 12);
            };
            if (raw.containsKey(id)) {
                continue;
            }
            Question question = questionnaire.question(id).orElse(null);
            raw.put(id, question == null || fuzz.weighted(6, 1) == 1 ? jsonValue(fuzz) : plausible(fuzz, question));
        }
        return new Batch(questionnaire, raw);
    }

    /** Values JSON parsing can produce: scalars of every kind and size, and lists and objects of them. */
    private static Object jsonValue(Fuzz fuzz) {
        return jsonValue(fuzz, fuzz.between(0, 3));
    }

    private static Object jsonValue(Fuzz fuzz, int depth) {
        if (depth == 0) {
            return scalar(fuzz);
        }
        return switch (fuzz.below(3)) {
            case 0 -> new ArrayList<>(fuzz.list(0, 6, () -> jsonValue(fuzz, depth - 1)));
            case 1 -> {
                Map<String, Object> map = new LinkedHashMap<>();
                int size = fuzz.between(0, 4);
                for (int i = 0; i < size; i++) {
                    map.put(fuzz.text(0, 8), jsonValue(fuzz, depth - 1));
                }
                yield map;
            }
            default -> nestedList(fuzz.between(100, 1000));
        };
    }

    private static Object scalar(Fuzz fuzz) {
        return switch (fuzz.weighted(1, 1, 2, 2, 3, 3, 6)) {
            case 0 -> null;
            case 1 -> fuzz.bool();
            case 2 -> fuzz.anyInt();
            case 3 -> fuzz.anyLong();
            case 4 -> doubleValue(fuzz);
            case 5 -> bigNumber(fuzz);
            default -> string(fuzz);
        };
    }

    private static Object doubleValue(Fuzz fuzz) {
        return fuzz.oneOf(
                fuzz::anyDouble,
                () -> fuzz.between(-1.0, 101.0),
                () -> fuzz.<Object>pick(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE,
                        -Double.MAX_VALUE, Double.MIN_VALUE, -0.0, 100.0000000001,
                        Float.NaN, Float.POSITIVE_INFINITY, Float.MAX_VALUE));
    }

    private static Object bigNumber(Fuzz fuzz) {
        BigInteger unscaled = fuzz.oneOf(
                fuzz::anyBigInteger,
                () -> BigInteger.ONE.shiftLeft(fuzz.between(1, 4000)).negate().add(BigInteger.TEN),
                () -> BigInteger.TWO.pow(fuzz.between(1, 4000)));
        if (fuzz.bool()) {
            return unscaled;
        }
        int scale = fuzz.oneOf(fuzz::anyInt, () -> fuzz.between(-400, 400),
                () -> fuzz.pick(Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE + 1));
        return new BigDecimal(unscaled, scale);
    }

    private static final List<String> KNOWN_STRINGS = knownStrings();

    private static List<String> knownStrings() {
        Set<String> known = QUESTIONS.stream()
                .flatMap(q -> Stream.concat(q.allowedValues().stream(), Stream.of(q.id())))
                .collect(Collectors.toCollection(TreeSet::new));
        known.addAll(List.of("", " ", "na", "NA", "yes ", "Yes", "partly", "2024-01-31", "1949-12-31", "1950-01-01",
                "2999-12-31", "3000-01-01", "2026-06-02", "+10000-01-01", "-0001-01-01", "2024-02-30", "2024-1-1",
                "20240101", "2024-01-01T00:00", "12", "1e3", "NaN", "null", "true", "\u0000", "\uD800", "ja"));
        return List.copyOf(known);
    }

    private static String string(Fuzz fuzz) {
        return switch (fuzz.weighted(4, 3, 1, 1, 1)) {
            case 0 -> fuzz.pick(KNOWN_STRINGS);
            case 1 -> fuzz.anyString(0, 30);
            case 2 -> fuzz.anyString(3990, 4010);
            case 3 -> "é".repeat(fuzz.between(4001, 1_000_000));
            default -> fuzz.string(0, 10, '\uD800', '\uDFFF');
        };
    }

    /** An answer that fits its question in form, often also in value: the way past the first type check. */
    private static Object plausible(Fuzz fuzz, Question question) {
        if (fuzz.weighted(8, 1) == 1) {
            return scalar(fuzz);
        }
        List<String> allowed = question.allowedValues();
        return switch (question.type()) {
            case YES_NO, YES_NO_PARTLY, CHOICE -> fuzz.pick(allowed);
            case MULTI_CHOICE -> fuzz.list(0, allowed.size(), () -> fuzz.pick(allowed));
            case NUMBER, PERCENTAGE -> fuzz.between(-5.0, 105.0);
            case DATE -> REFERENCE_DATE.minusDays(fuzz.between(-40, 365 * 80)).toString();
            case TEXT -> fuzz.text(0, 40);
        };
    }

    private static Object nestedList(int depth) {
        Object value = "yes";
        for (int i = 0; i < depth; i++) {
            value = List.of(value);
        }
        return value;
    }

    private static String describe(Object raw) {
        String text = String.valueOf(raw);
        return (raw == null ? "null" : raw.getClass().getSimpleName()) + " "
                + (text.length() > 80 ? text.substring(0, 80) + "…" : text);
    }
}
