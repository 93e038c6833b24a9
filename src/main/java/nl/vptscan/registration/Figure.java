package nl.vptscan.registration;

import java.util.Arrays;
import java.util.Optional;

/** A share the questionnaires ask for "according to the registration", over the incidents of the last 12 months. */
public enum Figure {
    /** Response to the perpetrator within 48 hours, over incidents with a known perpetrator. */
    RESPONSE_WITHIN_48H("response_within_48h"),
    /** Police report filed, over incidents that were crimes. */
    POLICE_REPORT("police_report"),
    /** Damage claimed from the perpetrator, over incidents with damage and a known perpetrator. */
    DAMAGE_CLAIMED("damage_claimed"),
    /** Aftercare offered, over all incidents. */
    AFTERCARE("aftercare");

    private final String key;

    Figure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The message key of the figure's description on pages. */
    public String messageKey() {
        return "registration.figure." + key;
    }

    static Optional<Figure> of(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
