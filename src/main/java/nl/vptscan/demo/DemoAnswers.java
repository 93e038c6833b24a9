package nl.vptscan.demo;

import nl.vptscan.assessment.AnswerInput;
import nl.vptscan.questionnaire.AnswerOption;
import nl.vptscan.questionnaire.AnswerValue;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Made-up answers for a demo organisation: the higher its maturity (0..1), the more "yes" and recent dates.
 * The same seed always gives the same answers; only questions shown under the earlier answers are answered.
 */
final class DemoAnswers {

    private DemoAnswers() {
    }

    static Map<String, AnswerInput> of(Questionnaire questionnaire, double maturity, long seed, LocalDate today) {
        Random random = new Random(seed);
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        Map<String, AnswerInput> answers = new LinkedHashMap<>();
        for (Question q : questionnaire.questions()) {
            if (!questionnaire.isVisible(q, values)) {
                continue;
            }
            Object value = value(q, maturity, random, today);
            values.put(q.id(), q.parse(value));
            answers.put(q.id(), new AnswerInput(value, null, null));
        }
        return answers;
    }

    private static Object value(Question q, double maturity, Random random, LocalDate today) {
        double r = random.nextDouble();
        return switch (q.type()) {
            case YES_NO -> r < maturity ? "yes" : "no";
            case YES_NO_PARTLY -> r < maturity - 0.15 ? "yes" : r < maturity + 0.15 ? "partly" : "no";
            case CHOICE -> r < maturity ? best(q.options()) : q.options().get(random.nextInt(q.options().size())).value();
            case MULTI_CHOICE -> {
                List<String> chosen = new ArrayList<>();
                for (AnswerOption option : q.options()) {
                    if (random.nextDouble() < maturity) {
                        chosen.add(option.value());
                    }
                }
                yield chosen.isEmpty() ? List.of(q.options().get(0).value()) : chosen;
            }
            case PERCENTAGE -> (double) Math.max(0, Math.min(100, Math.round(maturity * 100 + (r - 0.5) * 30)));
            case NUMBER -> {
                double low = q.min() == null ? 0 : q.min();
                double high = q.max() == null ? low + 20 : q.max();
                yield (double) Math.round(low + maturity * (high - low));
            }
            case DATE -> today.minusMonths(r < maturity ? 2 + random.nextInt(9) : 14 + random.nextInt(20)).toString();
            case TEXT -> "Zie het beleidsdocument agressie en geweld.";
        };
    }

    private static String best(List<AnswerOption> options) {
        return options.stream().max(java.util.Comparator.comparingDouble(o -> o.score() == null ? 0 : o.score()))
                .orElseThrow().value();
    }
}
