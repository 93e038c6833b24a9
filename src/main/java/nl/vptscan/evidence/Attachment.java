package nl.vptscan.evidence;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A document attached to an answer as evidence: its cleaned name, the content type read from its bytes, its size and
 * SHA-256 digest, who uploaded it and when. The content itself is fetched apart.
 */
@Serdeable
public record Attachment(long id, long assessmentId, String questionId, String fileName, String contentType,
                         long size, String sha256, String uploadedBy, Instant uploadedAt) {

    /** How it is named in the audit trail. */
    String describe() {
        return fileName + " (" + size + " bytes, " + contentType + ", sha256 " + sha256.substring(0, 12) + ")";
    }
}
