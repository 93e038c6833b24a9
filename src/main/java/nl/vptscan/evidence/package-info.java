/**
 * Evidence behind answers: documents (PDF, Word, Excel, images) attached to an answer of an assessment. An
 * Attachment's type is read from its bytes, never from the client; its content is stored in the database in chunks,
 * so every instance serves it; who may read the answers may download it, and only a draft's attachments change.
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.evidence;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
