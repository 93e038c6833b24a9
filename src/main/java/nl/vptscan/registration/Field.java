package nl.vptscan.registration;

import java.util.Arrays;
import java.util.Optional;

/**
 * A field of an incident registration that the import reads (the minimum fields of a registration): its key in a
 * source's column mapping and whether an export must have a column for it.
 */
public enum Field {
    DATE("date", true),
    UNIT("unit", false),
    JOB_GROUP("job_group", true),
    TYPE("type", true),
    CRIME("crime", false),
    PERPETRATOR_KNOWN("perpetrator_known", true),
    RESPONSE_WITHIN_48H("response_within_48h", true),
    RESPONSE_DATE("response_date", false),
    POLICE_REPORT("police_report", true),
    DAMAGE("damage", false),
    DAMAGE_CLAIMED("damage_claimed", true),
    AFTERCARE("aftercare", true),
    ABSENCE_DAYS("absence_days", false);

    private final String key;
    private final boolean required;

    Field(String key, boolean required) {
        this.key = key;
        this.required = required;
    }

    /** The key in a mapping file and in error fields, e.g. {@code job_group}. */
    public String key() {
        return key;
    }

    public boolean required() {
        return required;
    }

    static Optional<Field> of(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
