package nl.vptscan.scoring.fact;

/** One answer behind a finding: the question and the value given. */
public record Evidence(String questionId, String value) {

    static Evidence of(Answer answer) {
        return new Evidence(answer.questionId(), answer.display());
    }
}
