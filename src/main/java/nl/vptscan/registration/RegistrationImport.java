package nl.vptscan.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** An import of an incident registration as the API and pages show it: its figures and the answers it proposes. */
@Serdeable
public record RegistrationImport(long id, long assessmentId, String source, String importedBy, Instant importedAt,
                                 Figures figures, List<Proposal> proposals, @Nullable String acceptedBy,
                                 @Nullable Instant acceptedAt) {

    public RegistrationImport {
        proposals = List.copyOf(proposals);
    }
}
