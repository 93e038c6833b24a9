package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * An inspector's verdict on a topic as it is sent; {@code deadline} is required for an eis, optional for a
 * waarschuwing and refused for the other verdicts.
 */
@Serdeable
public record VerdictInput(@NotNull Verdict verdict, @Nullable @Size(max = 4000) String note,
                           @Nullable LocalDate deadline) {

    /** A verdict without a deadline. */
    public VerdictInput(Verdict verdict, String note) {
        this(verdict, note, null);
    }
}
