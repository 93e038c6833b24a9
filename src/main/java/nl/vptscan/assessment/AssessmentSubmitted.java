package nl.vptscan.assessment;

/**
 * Published inside the submit transaction once the result is stored: a listener's writes (such as the
 * improvement plan) commit with the submission, and a listener that fails rolls the whole submission back.
 */
public record AssessmentSubmitted(Assessment assessment, StoredResult result, String actor) {
}
