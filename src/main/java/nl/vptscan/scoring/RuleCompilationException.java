package nl.vptscan.scoring;

/** A rule file in the rules folder does not compile; the message names each file and line. */
public class RuleCompilationException extends RuntimeException {
    public RuleCompilationException(String message) {
        super(message);
    }
}
