package nl.vptscan.organisation;

import java.util.Arrays;
import java.util.Optional;

/** The public sectors vpt-scan distinguishes, with the code used in the API and the files. */
public enum Sector {
    GEMEENTE("gemeente", "Gemeente", "Municipality"),
    ZORG("zorg", "Zorg", "Health care"),
    ONDERWIJS("onderwijs", "Onderwijs", "Education"),
    OPENBAAR_VERVOER("openbaar-vervoer", "Openbaar vervoer", "Public transport"),
    RIJKSOVERHEID("rijksoverheid", "Rijksoverheid", "Central government"),
    HULPDIENSTEN("hulpdiensten", "Politie, brandweer, ambulance", "Police, fire service, ambulance"),
    WONINGCORPORATIE("woningcorporatie", "Woningcorporatie", "Housing association"),
    OVERIG("overig", "Overig", "Other");

    private final String code;
    private final String nl;
    private final String en;

    Sector(String code, String nl, String en) {
        this.code = code;
        this.nl = nl;
        this.en = en;
    }

    public String code() {
        return code;
    }

    public String label(String lang) {
        return "en".equals(lang) ? en : nl;
    }

    public static Optional<Sector> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Sector::code).toList());
    }
}
