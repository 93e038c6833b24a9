package nl.vptscan.assessment;

import nl.vptscan.TestAnswers;
import nl.vptscan.questionnaire.Questionnaire;

import java.util.Map;

/** Short names for the assessment tests: complete answer sets from {@link TestAnswers}. */
final class Answers {

    private Answers() {
    }

    static Questionnaire questionnaire(String id) {
        return TestAnswers.questionnaire(id);
    }

    /** Every question answered with its most favourable value, dates a month before today. */
    static Map<String, Object> allInPlace(String questionnaireId) {
        return TestAnswers.allInPlace(questionnaireId);
    }
}
