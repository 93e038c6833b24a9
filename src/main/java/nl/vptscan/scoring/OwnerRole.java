package nl.vptscan.scoring;

import java.util.Arrays;
import java.util.Optional;

/** Who in the organisation is suggested to own an improvement action. */
public enum OwnerRole {
    DIRECTIE("directie", "Directie", "Management"),
    PO("po", "P&O", "HR"),
    LEIDINGGEVENDE("leidinggevende", "Leidinggevende", "Line manager"),
    PREVENTIEMEDEWERKER("preventiemedewerker", "Preventiemedewerker", "Prevention officer"),
    COORDINATOR("coordinator", "Coördinator agressie", "Aggression coordinator"),
    FACILITAIR("facilitair", "Facilitaire dienst", "Facilities"),
    JURIDISCH("juridisch", "Juridische zaken", "Legal department");

    private final String key;
    private final String nl;
    private final String en;

    OwnerRole(String key, String nl, String en) {
        this.key = key;
        this.nl = nl;
        this.en = en;
    }

    public String key() {
        return key;
    }

    public String nl() {
        return nl;
    }

    public String en() {
        return en;
    }

    static Optional<OwnerRole> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
