package nl.vptscan.questionnaire;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import nl.vptscan.problem.ApiException;
import nl.vptscan.problem.FieldError;

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
            List.copyOf(QuestionnaireCatalog.load(Path.of("questionnaires")).all());
    private static final List<Question> QUESTIONS = SHIPPED.stream().flatMap(q -> q.questions().stream()).toList();
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 6, 1);

    @Property(tries = 3000)
    @StatisticsReport(onFailureOnly = true)
    void answerIsStoredInItsTypesFormOrRefusedAsInvalid(@ForAll("answers") AnswerCase answer) {
        Question question = answer.question();
        Object raw = answer.raw();
        Object stored;
        try {
            stored = question.normalize(raw);
        } catch (InvalidAnswerException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a refusal says what is wrong");
            Statistics.collect("refused");
            return;
        } catch (RuntimeException e) {
            throw new AssertionError("question " + question.id() + " failed on " + describe(raw) + " with " + e, e);
        }
        Statistics.collect("stored");
        assertStoredForm(question, raw, stored);
        double earned = question.earned(stored);
        assertTrue(earned >= 0 && earned <= question.max(stored),
                () -> question.id() + " earns " + earned + " of " + question.max(stored) + " for " + stored);
    }

    @Property(tries = 300)
    @StatisticsReport(onFailureOnly = true)
    void batchIsStoredOrRefusedWithOneErrorPerBadAnswer(@ForAll("batches") Batch batch) {
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
                AnswerCheck.normalize(question, value, REFERENCE_DATE);
            } catch (InvalidAnswerException e) {
                bad.add("answers." + id);
            }
        });
        Map<String, Object> checked;
        try {
            checked = AnswerCheck.normalize(questionnaire, raw, "answers", REFERENCE_DATE);
        } catch (ApiException e) {
            assertEquals(400, e.status().getCode());
            List<String> fields = e.errors().stream().map(FieldError::field).toList();
            assertEquals(bad.size(), fields.size(), () -> "one error per bad answer: " + e.errors());
            assertEquals(bad, new TreeSet<>(fields));
            Statistics.collect("refused");
            return;
        }
        Statistics.collect("stored");
        assertTrue(bad.isEmpty(), () -> "accepted a batch with bad answers " + bad);
        List<String> inQuestionnaireOrder = questionnaire.questions().stream().map(Question::id)
                .filter(raw::containsKey).toList();
        assertEquals(inQuestionnaireOrder, List.copyOf(checked.keySet()));
    }

    /** Both outcomes must be common, or the properties above test little. */
    @AfterProperty
    void bothOutcomesOccur() {
        Statistics.coverage(coverage -> {
            coverage.check("stored").percentage(p -> p >= 5);
            coverage.check("refused").percentage(p -> p >= 5);
        });
    }

    private static void assertStoredForm(Question question, Object raw, Object stored) {
        if (Question.NOT_APPLICABLE.equals(raw)) {
            assertTrue(question.notApplicable(), () -> question.id() + " accepted \"na\"");
            assertEquals(Question.NOT_APPLICABLE, stored);
            return;
        }
        switch (question.type()) {
            case YES_NO, YES_NO_PARTLY, CHOICE -> assertTrue(stored instanceof String s
                    && question.allowedValues().contains(s) && !s.equals(Question.NOT_APPLICABLE), () -> "stored " + stored);
            case MULTI_CHOICE -> {
                List<?> list = assertInstanceOf(List.class, stored);
                List<String> options = question.options().stream().map(AnswerOption::value).toList();
                assertTrue(list.stream().allMatch(v -> v instanceof String s && options.contains(s)), () -> "stored " + list);
                assertEquals(new HashSet<>(list).size(), list.size(), () -> "duplicates in " + list);
            }
            case NUMBER -> {
                double value = assertInstanceOf(Double.class, stored);
                assertTrue(Double.isFinite(value) && value >= (question.min() == null ? 0 : question.min())
                        && (question.max() == null || value <= question.max()), () -> "stored " + value);
            }
            case PERCENTAGE -> {
                double value = assertInstanceOf(Double.class, stored);
                assertTrue(value >= 0 && value <= 100, () -> "stored " + value);
            }
            case DATE -> {
                LocalDate date = assertInstanceOf(LocalDate.class, stored);
                assertTrue(date.getYear() >= 1950 && date.getYear() <= 2999, () -> "stored " + date);
            }
            case TEXT -> assertTrue(stored instanceof String s && s.length() <= Question.MAX_TEXT_LENGTH);
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

    @Provide
    Arbitrary<AnswerCase> answers() {
        return Arbitraries.of(QUESTIONS).flatMap(question -> Arbitraries.oneOf(plausible(question), jsonValues())
                .map(raw -> new AnswerCase(question, raw)));
    }

    @Provide
    Arbitrary<Batch> batches() {
        return Arbitraries.of(SHIPPED).flatMap(questionnaire -> {
            List<Question> own = questionnaire.questions();
            Arbitrary<String> ids = Arbitraries.frequencyOf(
                    Tuple.of(8, Arbitraries.of(own.stream().map(Question::id).toList())),
                    Tuple.of(1, Arbitraries.of(QUESTIONS.stream().map(Question::id).toList())),
                    Tuple.of(1, Arbitraries.strings().ofMaxLength(12)));
            Arbitrary<Map.Entry<String, Object>> entries = ids.flatMap(id -> {
                Question question = questionnaire.question(id).orElse(null);
                Arbitrary<Object> values = question == null ? jsonValues()
                        : Arbitraries.frequencyOf(Tuple.of(6, plausible(question)), Tuple.of(1, jsonValues()));
                return values.map(value -> new java.util.AbstractMap.SimpleEntry<>(id, value));
            });
            return entries.list().ofMaxSize(8).uniqueElements(Map.Entry::getKey).map(list -> {
                Map<String, Object> raw = new LinkedHashMap<>();
                list.forEach(e -> raw.put(e.getKey(), e.getValue()));
                return new Batch(questionnaire, raw);
            });
        });
    }

    /** Values JSON parsing can produce: scalars of every kind and size, and lists and objects of them. */
    @Provide
    Arbitrary<Object> jsonValues() {
        return Arbitraries.recursive(AnswerFuzzTest::scalars, AnswerFuzzTest::containers, 0, 3);
    }

    private static Arbitrary<Object> containers(Arbitrary<Object> element) {
        return Arbitraries.oneOf(
                element.list().ofMaxSize(6).map(l -> (Object) new ArrayList<>(l)),
                Arbitraries.maps(Arbitraries.strings().ofMaxLength(8), element).ofMaxSize(4).map(m -> (Object) m),
                Arbitraries.integers().between(100, 1000).map(AnswerFuzzTest::nestedList));
    }

    private static Arbitrary<Object> scalars() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(null)),
                Tuple.of(1, Arbitraries.of(true, false).map(b -> (Object) b)),
                Tuple.of(2, Arbitraries.integers().map(i -> (Object) i)),
                Tuple.of(2, Arbitraries.longs().map(l -> (Object) l)),
                Tuple.of(3, doubles()),
                Tuple.of(3, bigNumbers()),
                Tuple.of(6, strings()));
    }

    private static Arbitrary<Object> doubles() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.doubles().between(-1, 101).map(d -> (Object) d),
                Arbitraries.<Object>of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                        Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -0.0, 100.0000000001,
                        Float.NaN, Float.POSITIVE_INFINITY, Float.MAX_VALUE));
    }

    private static Arbitrary<Object> bigNumbers() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(Arbitraries.bigIntegers(),
                Arbitraries.integers().between(1, 4000).map(bits -> BigInteger.ONE.shiftLeft(bits).negate().add(BigInteger.TEN)),
                Arbitraries.integers().between(1, 4000).map(bits -> BigInteger.TWO.pow(bits)));
        Arbitrary<Integer> scales = Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(-400, 400),
                Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE + 1));
        return Arbitraries.oneOf(
                Combinators.combine(unscaled, scales).as((u, s) -> (Object) new BigDecimal(u, s)),
                unscaled.map(u -> (Object) u));
    }

    private static Arbitrary<Object> strings() {
        Set<String> known = QUESTIONS.stream()
                .flatMap(q -> Stream.concat(q.allowedValues().stream(), Stream.of(q.id())))
                .collect(Collectors.toCollection(TreeSet::new));
        known.addAll(List.of("", " ", "na", "NA", "yes ", "Yes", "partly", "2024-01-31", "1949-12-31", "1950-01-01",
                "2999-12-31", "3000-01-01", "2026-06-02", "+10000-01-01", "-0001-01-01", "2024-02-30", "2024-1-1",
                "20240101", "2024-01-01T00:00", "12", "1e3", "NaN", "null", "true", "\u0000", "\uD800", "ja"));
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(List.copyOf(known))),
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(30)),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(3990).ofMaxLength(4010)),
                Tuple.of(1, Arbitraries.integers().between(4001, 1_000_000).map("é"::repeat)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofMaxLength(10)))
                .map(s -> (Object) s);
    }

    /** An answer that fits its question in form, often also in value: the way past the first type check. */
    private static Arbitrary<Object> plausible(Question question) {
        List<String> allowed = question.allowedValues();
        Arbitrary<Object> fitting = switch (question.type()) {
            case YES_NO, YES_NO_PARTLY, CHOICE -> Arbitraries.of(allowed).map(v -> (Object) v);
            case MULTI_CHOICE -> Arbitraries.of(allowed).list().ofMaxSize(allowed.size()).map(v -> (Object) v);
            case NUMBER, PERCENTAGE -> Arbitraries.doubles().between(-5, 105).map(v -> (Object) v);
            case DATE -> Arbitraries.integers().between(-40, 365 * 80)
                    .map(days -> (Object) REFERENCE_DATE.minusDays(days).toString());
            case TEXT -> Arbitraries.strings().ofMaxLength(40).map(v -> (Object) v);
        };
        return Arbitraries.frequencyOf(Tuple.of(8, fitting), Tuple.of(1, scalars()));
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
