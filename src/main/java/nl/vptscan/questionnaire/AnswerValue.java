package nl.vptscan.questionnaire;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One answer's value, parsed once by its question ({@link Question#parse}) and typed by what it says: yes, partly
 * or no; not applicable; a number; a percentage; one option; some options; a date; a text.
 *
 * <p>It knows its stored form ({@link #json()}: what the {@code answer.answer_value} column and the API hold), its
 * form in a finding's evidence ({@link #display()}) and how it reads in Dutch and English ({@link #label}); its
 * points come from its question ({@link Question#earned}, {@link Question#max}).
 */
public sealed interface AnswerValue {

    /** The stored and API form: {@code "yes"}, {@code "na"}, {@code 80}, {@code 12.5}, {@code "2026-03-01"}, option values. */
    Object json();

    /** The value as a finding's evidence shows it: option values, numbers without ".0", ISO dates. */
    String display();

    /** The value as a person reads it in the language asked for ({@code nl} unless {@code en}). */
    String label(Question question, String lang);

    /** The option values this answer stands for ({@code yes}, {@code na}, chosen options); empty for other values. */
    default List<String> codes() {
        return List.of();
    }

    /** Parses the stored or API form of an answer to this question (see {@link Question#parse}). */
    static AnswerValue of(Question question, Object raw) {
        return question.parse(raw);
    }

    /** The answer to a yes/no or yes/no/partly question. */
    enum YesNo implements AnswerValue {
        YES("yes", new Text("Ja", "Yes")),
        PARTLY("partly", new Text("Gedeeltelijk", "Partly")),
        NO("no", new Text("Nee", "No"));

        private final String code;
        private final Text label;

        YesNo(String code, Text label) {
            this.code = code;
            this.label = label;
        }

        /** The value as stored and as the API and rules name it: {@code yes}, {@code partly} or {@code no}. */
        public String code() {
            return code;
        }

        /** The value for a code, or null for anything else. */
        static YesNo fromCode(String code) {
            for (YesNo value : values()) {
                if (value.code.equals(code)) {
                    return value;
                }
            }
            return null;
        }

        @Override
        public Object json() {
            return code;
        }

        @Override
        public String display() {
            return code;
        }

        @Override
        public String label(Question question, String lang) {
            return label.in(lang);
        }

        @Override
        public List<String> codes() {
            return List.of(code);
        }
    }

    /** "Niet van toepassing": the question does not apply to the organisation. */
    record NotApplicable() implements AnswerValue {

        public static final NotApplicable INSTANCE = new NotApplicable();
        static final Text LABEL = new Text("n.v.t.", "n/a");

        @Override
        public Object json() {
            return Question.NOT_APPLICABLE;
        }

        @Override
        public String display() {
            return Question.NOT_APPLICABLE;
        }

        @Override
        public String label(Question question, String lang) {
            return LABEL.in(lang);
        }

        @Override
        public List<String> codes() {
            return List.of(Question.NOT_APPLICABLE);
        }
    }

    /** A number (a count, a number of months). */
    record NumberValue(double number) implements AnswerValue {

        @Override
        public Object json() {
            return plain(number);
        }

        @Override
        public String display() {
            return String.valueOf(plain(number));
        }

        @Override
        public String label(Question question, String lang) {
            return localised(number, lang);
        }
    }

    /** A percentage from 0 to 100. */
    record Percentage(double percent) implements AnswerValue {

        @Override
        public Object json() {
            return plain(percent);
        }

        @Override
        public String display() {
            return String.valueOf(plain(percent));
        }

        @Override
        public String label(Question question, String lang) {
            return localised(percent, lang) + "%";
        }
    }

    /** One option of a choice question, by its value. */
    record Choice(String option) implements AnswerValue {

        public Choice {
            Objects.requireNonNull(option, "option");
        }

        @Override
        public Object json() {
            return option;
        }

        @Override
        public String display() {
            return option;
        }

        @Override
        public String label(Question question, String lang) {
            return optionLabel(question, option, lang);
        }

        @Override
        public List<String> codes() {
            return List.of(option);
        }
    }

    /** The options chosen on a multiple-choice question, in the questionnaire's order. */
    record Choices(List<String> options) implements AnswerValue {

        public Choices {
            options = List.copyOf(options);
        }

        @Override
        public Object json() {
            return options;
        }

        @Override
        public String display() {
            return String.join(", ", options);
        }

        /** The words for a multiple-choice answer with no option ticked. */
        static final Text NONE = new Text("Geen van deze", "None of these");

        @Override
        public String label(Question question, String lang) {
            if (options.isEmpty()) {
                return NONE.in(lang);
            }
            return options.stream().map(o -> optionLabel(question, o, lang)).collect(Collectors.joining(", "));
        }

        @Override
        public List<String> codes() {
            return options;
        }
    }

    /** A date: when something last happened. */
    record DateValue(LocalDate date) implements AnswerValue {

        private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-yyyy");
        private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

        public DateValue {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public Object json() {
            return date.toString();
        }

        @Override
        public String display() {
            return date.toString();
        }

        @Override
        public String label(Question question, String lang) {
            return date.format("en".equalsIgnoreCase(lang) ? ENGLISH : DUTCH);
        }
    }

    /** Free text. */
    record TextValue(String text) implements AnswerValue {

        public TextValue {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Object json() {
            return text;
        }

        @Override
        public String display() {
            return text;
        }

        @Override
        public String label(Question question, String lang) {
            return text;
        }
    }

    private static Object plain(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? (Object) (long) number : (Object) number;
    }

    private static String localised(double number, String lang) {
        String text = String.valueOf(plain(number));
        return "en".equalsIgnoreCase(lang) ? text : text.replace('.', ',');
    }

    private static String optionLabel(Question question, String option, String lang) {
        return question.options().stream().filter(o -> o.value().equals(option)).findFirst()
                .map(o -> o.label().in(lang)).orElse(option);
    }
}
