package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An organisation as a client creates or changes it. */
@Serdeable
public record OrganisationInput(@NotBlank @Size(max = 200) String name,
                                @NotBlank String sector,
                                @NotNull @Min(1) @Max(10_000_000) Integer employees,
                                @Nullable @Pattern(regexp = "\\d{8}", message = "must be 8 digits") String kvkNumber,
                                @Nullable Long regionId,
                                @Nullable LocalDate regionSince) {
}
