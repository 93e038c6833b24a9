package nl.vptscan.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of answer a question takes, named as in the questionnaire files. */
public enum QuestionType {
    YES_NO("yes_no"),
    YES_NO_PARTLY("yes_no_partly"),
    CHOICE("choice"),
    MULTI_CHOICE("multi_choice"),
    NUMBER("number"),
    PERCENTAGE("percentage"),
    DATE("date"),
    TEXT("text");

    private final String yamlName;

    QuestionType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public boolean hasOptions() {
        return this == CHOICE || this == MULTI_CHOICE;
    }

    public static Optional<QuestionType> fromYaml(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
    }
}
