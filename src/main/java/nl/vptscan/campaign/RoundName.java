package nl.vptscan.campaign;

/** A measurement round's name: "0-meting", "1-meting", ... (English: "baseline", "round 1", ...). */
public final class RoundName {

    private RoundName() {
    }

    public static String of(int round, String lang) {
        if ("en".equals(lang)) {
            return round == 0 ? "baseline (round 0)" : "round " + round;
        }
        return round + "-meting";
    }
}
