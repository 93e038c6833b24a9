package nl.vptscan.questionnaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One question: checkable evidence about a topic, answered in the way its {@link QuestionType} prescribes.
 *
 * @param notApplicable whether "niet van toepassing" ({@code na}) is an allowed answer
 * @param scored        whether the answer earns points towards its topic
 * @param weight        the points a fully positive answer earns
 * @param min           lowest allowed number (number questions); percentages are always 0..100
 * @param max           highest allowed number (number questions), or {@code null} for no limit
 * @param showIf        the earlier answer the question is shown for, or {@code null} when always shown
 * @param creditedIf    the earlier answers under which the question earns its points (e.g. a figure "according to
 *                      the registration" needs a registration); another answer there withdraws them; {@code null}
 *                      when always credited
 */
public record Question(String id, String topic, Text text, Text help, QuestionType type, List<AnswerOption> options,
                       boolean required, boolean notApplicable, boolean scored, double weight,
                       Double min, Double max, ShowIf showIf, ShowIf creditedIf) {

    public static final String NOT_APPLICABLE = "na";
    public static final int MAX_TEXT_LENGTH = 4000;
    private static final List<String> YES_NO = List.of("yes", "no");
    private static final List<String> YES_NO_PARTLY = List.of("yes", "partly", "no");

    public Question {
        options = List.copyOf(options);
    }

    /** The values a yes/no or choice question accepts, in order; empty for other types. */
    public List<String> allowedValues() {
        List<String> values = new ArrayList<>(switch (type) {
            case YES_NO -> YES_NO;
            case YES_NO_PARTLY -> YES_NO_PARTLY;
            case CHOICE, MULTI_CHOICE -> options.stream().map(AnswerOption::value).toList();
            default -> List.<String>of();
        });
        if (notApplicable && !values.isEmpty()) {
            values.add(NOT_APPLICABLE);
        }
        return values;
    }

    /**
     * A value as a finding's evidence holds it (an option value, {@code yes}, {@code na}) in the words of the answer;
     * any other value (a number, a date) as it is.
     */
    public String label(String value, String lang) {
        if (!allowedValues().contains(value)) {
            return value;
        }
        try {
            return parse(value).label(this, lang);
        } catch (InvalidAnswerException e) {
            return value;
        }
    }

    /**
     * Checks a raw answer (as parsed from JSON, or as stored) against this question and returns its typed value.
     * Only the stored and API forms are accepted: {@code "yes"}, option values, a list of option values, a JSON
     * number, a date as yyyy-mm-dd, a text.
     *
     * @throws InvalidAnswerException naming what is wrong, with a message code and its parameters
     */
    public AnswerValue parse(Object raw) {
        if (raw == null) {
            throw new InvalidAnswerException("answer.required", "an answer is required (use \"na\" where allowed)");
        }
        if (NOT_APPLICABLE.equals(raw)) {
            if (!notApplicable) {
                throw new InvalidAnswerException("answer.na.notAllowed",
                        "\"na\" (not applicable) is not allowed for this question");
            }
            return AnswerValue.NotApplicable.INSTANCE;
        }
        return switch (type) {
            case YES_NO, YES_NO_PARTLY -> AnswerValue.YesNo.fromCode(oneOf(raw));
            case CHOICE -> new AnswerValue.Choice(oneOf(raw));
            case MULTI_CHOICE -> new AnswerValue.Choices(someOf(raw));
            case NUMBER -> new AnswerValue.NumberValue(number(raw, min == null ? 0 : min, max));
            case PERCENTAGE -> new AnswerValue.Percentage(number(raw, 0.0, 100.0));
            case DATE -> new AnswerValue.DateValue(date(raw));
            case TEXT -> new AnswerValue.TextValue(text(raw));
        };
    }

    /** Points this answer earns (0 when not scored or not applicable). */
    public double earned(AnswerValue value) {
        if (max(value) == 0) {
            return 0;
        }
        double share = 0;
        if (value instanceof AnswerValue.YesNo yesNo) {
            share = yesNo == AnswerValue.YesNo.YES ? 1 : yesNo == AnswerValue.YesNo.PARTLY ? 0.5 : 0;
        } else if (value instanceof AnswerValue.Choice choice) {
            share = optionScore(choice.option());
        } else if (value instanceof AnswerValue.Choices choices) {
            for (String option : choices.options()) {
                share += optionScore(option);
            }
            share = Math.min(1, share);
        } else if (value instanceof AnswerValue.Percentage percentage) {
            share = percentage.percent() / 100.0;
        }
        return share * weight;
    }

    /** The points this answer could earn: the weight, or 0 when unscored or not applicable. */
    public double max(AnswerValue value) {
        return scored && !(value instanceof AnswerValue.NotApplicable) ? weight : 0;
    }

    private double optionScore(String value) {
        for (AnswerOption option : options) {
            if (option.value().equals(value) && option.score() != null) {
                return option.score();
            }
        }
        return 0;
    }

    /** A yes/no or single-choice answer; "na" never gets here (see {@link #parse}). */
    private String oneOf(Object raw) {
        if (raw instanceof String s && isOption(s)) {
            return s;
        }
        throw new InvalidAnswerException("answer.option.unknown",
                "expected one of " + allowedValues() + ", got " + describe(raw), describe(raw));
    }

    /** True when {@code value} is one of {@link #allowedValues()} other than "na". */
    private boolean isOption(String value) {
        switch (type) {
            case YES_NO:
                return YES_NO.contains(value);
            case YES_NO_PARTLY:
                return YES_NO_PARTLY.contains(value);
            case CHOICE, MULTI_CHOICE:
                for (AnswerOption option : options) {
                    if (option.value().equals(value)) {
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }

    private List<String> someOf(Object raw) {
        if (!(raw instanceof List<?> list)) {
            throw new InvalidAnswerException("answer.options.list",
                    "expected a list of options from " + allowedValues() + ", got " + describe(raw), describe(raw));
        }
        Set<String> seen = new HashSet<>();
        for (Object item : list) {
            if (!(item instanceof String s) || !isOption(s)) {
                throw new InvalidAnswerException("answer.option.unknown", "expected only options from "
                        + options.stream().map(AnswerOption::value).toList() + ", got " + describe(item),
                        describe(item));
            }
            if (!seen.add(s)) {
                throw new InvalidAnswerException("answer.option.twice", "option \"" + s + "\" is given twice", s);
            }
        }
        // in the order of the options
        List<String> chosen = new ArrayList<>(seen.size());
        for (AnswerOption option : options) {
            if (seen.remove(option.value())) {
                chosen.add(option.value());
            }
        }
        return List.copyOf(chosen);
    }

    private static double number(Object raw, double low, Double high) {
        if (!(raw instanceof Number n) || raw instanceof Float f && !Float.isFinite(f)
                || raw instanceof Double d && !Double.isFinite(d)) {
            throw new InvalidAnswerException("answer.number.type", "expected a number, got " + describe(raw),
                    describe(raw));
        }
        double value = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
        if (!Double.isFinite(value) || value < low || high != null && value > high) {
            String got = Double.isFinite(value) ? fmt(value) : describe(raw);
            String english = "expected a number from " + fmt(low)
                    + (high == null ? " upwards" : " to " + fmt(high)) + ", got " + describe(raw);
            throw high == null
                    ? new InvalidAnswerException("answer.number.min", english, fmt(low), got)
                    : new InvalidAnswerException("answer.number.range", english, fmt(low), fmt(high), got);
        }
        return value + 0.0; // -0.0 is stored as 0
    }

    private static LocalDate date(Object raw) {
        if (raw instanceof String s) {
            try {
                LocalDate date = isoDate(s);
                if (date.getYear() >= 1950 && date.getYear() <= 2999) {
                    return date;
                }
            } catch (DateTimeParseException ignored) {
                // reported below
            }
        }
        if (raw instanceof LocalDate d) {
            return d;
        }
        throw new InvalidAnswerException("answer.date.format", "expected a date as yyyy-mm-dd, got " + describe(raw),
                describe(raw));
    }

    /**
     * {@link LocalDate#parse} of a date as yyyy-mm-dd; the common case, four-digit year and two-digit month and day,
     * without the general-purpose formatter (a third of checking a full answer set took that).
     */
    static LocalDate isoDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (java.time.DateTimeException e) {
                    throw new DateTimeParseException(e.getMessage(), s, 0, e);
                }
            }
        }
        return LocalDate.parse(s);
    }

    /** The number written by the ASCII digits from {@code from} up to {@code to}, or -1 if any is not one. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String text(Object raw) {
        if (!(raw instanceof String s)) {
            throw new InvalidAnswerException("answer.text.type", "expected text, got " + describe(raw), describe(raw));
        }
        if (s.length() > MAX_TEXT_LENGTH) {
            throw new InvalidAnswerException("answer.text.length",
                    "text is longer than " + MAX_TEXT_LENGTH + " characters", MAX_TEXT_LENGTH);
        }
        return s;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String describe(Object raw) {
        if (raw instanceof String s) {
            return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
        }
        if (raw instanceof List<?>) {
            return "a list";
        }
        if (raw instanceof java.util.Map<?, ?>) {
            return "an object";
        }
        return String.valueOf(raw);
    }
}
