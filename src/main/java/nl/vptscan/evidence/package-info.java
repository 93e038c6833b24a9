/**
 * Evidence behind answers: documents (PDF, Word, Excel, images) attached to an answer of an assessment. An
 * Attachment's type is read from its bytes, never from the client; its content is stored in the database in chunks,
 * so every instance serves it; who may read the answers may download it, and only a draft's attachments change.
 */
package nl.vptscan.evidence;
