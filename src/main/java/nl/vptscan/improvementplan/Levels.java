package nl.vptscan.improvementplan;

/** The words for a topic's level 0–4. */
final class Levels {

    private static final String[] NL = {"afwezig", "beginnend", "gedeeltelijk", "aanwezig", "verankerd"};
    private static final String[] EN = {"absent", "initial", "partial", "in place", "embedded"};

    private Levels() {
    }

    static String label(int level, String lang) {
        return level + " " + ("en".equals(lang) ? EN : NL)[level];
    }
}
