package nl.vptscan.assessment;

import io.micronaut.serde.annotation.Serdeable;

/** The Inspectorate's judgement of a topic, lightest to heaviest: in orde, advies, waarschuwing, eis. */
@Serdeable
public enum Verdict {
    IN_ORDE("in orde", "in order"),
    ADVIES("advies", "advice"),
    WAARSCHUWING("waarschuwing", "warning"),
    EIS("eis", "demand");

    private final String nl;
    private final String en;

    Verdict(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    /** Whether the verdict asks the organisation to act by a deadline: a waarschuwing or an eis. */
    public boolean demands() {
        return this == WAARSCHUWING || this == EIS;
    }

    public String label(String lang) {
        return "en".equals(lang) ? en : nl;
    }
}
