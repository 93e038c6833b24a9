package nl.vptscan.evidence;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

/**
 * Limits on evidence documents: the largest file and the most all attachments of one assessment may take, in MB.
 * The server's {@code micronaut.server.max-request-size} must stay above the file limit.
 */
@ConfigurationProperties("vptscan.attachments")
public record AttachmentSettings(@Bindable(defaultValue = "10") @Min(1) int maxFileMb,
                                 @Bindable(defaultValue = "100") @Min(1) int maxAssessmentMb) {

    static final long MB = 1024L * 1024;

    long maxFileBytes() {
        return maxFileMb * MB;
    }

    long maxAssessmentBytes() {
        return maxAssessmentMb * MB;
    }
}
