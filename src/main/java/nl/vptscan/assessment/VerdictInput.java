package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An inspector's verdict on a topic as it is sent. */
@Serdeable
public record VerdictInput(@NotNull Verdict verdict, @Nullable @Size(max = 4000) String note) {
}
