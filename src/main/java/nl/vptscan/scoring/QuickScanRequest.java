package nl.vptscan.scoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/** A quick scan as a client sends it: answers by question id, and optionally what to know about the organisation. */
@Serdeable
public record QuickScanRequest(@Nullable Map<String, Object> answers, @Nullable Context context) {

    /** The organisation's sector, size, the kind of assessment and the date the answers describe. */
    @Serdeable
    public record Context(@Nullable String sector, @Nullable Integer employees, @Nullable String kind,
                          @Nullable String date) {
    }
}
