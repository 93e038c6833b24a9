package nl.vptscan.scoring.fact;

/** Points a rule awards a topic: {@code earned} out of {@code max}. */
public record Points(String topic, double earned, double max) {

    public Points {
        if (max < 0 || earned < 0 || earned > max) {
            throw new IllegalArgumentException("points must satisfy 0 <= earned <= max, got " + earned + "/" + max);
        }
    }
}
