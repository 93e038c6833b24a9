-- Documents attached to an answer as evidence. The content is kept in chunks of at most 1 MB, so no statement comes
-- near MariaDB's max_allowed_packet whatever file size limit is configured.
CREATE TABLE attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id BIGINT        NOT NULL,
    question_id   VARCHAR(80)   NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(120)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    uploaded_by   VARCHAR(120)  NOT NULL,
    uploaded_at   TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_attachment_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
CREATE INDEX ix_attachment_assessment ON attachment (assessment_id, question_id);
CREATE TABLE attachment_chunk (
    attachment_id BIGINT     NOT NULL,
    seq           INT        NOT NULL,
    content       MEDIUMBLOB NOT NULL,
    PRIMARY KEY (attachment_id, seq),
    CONSTRAINT fk_chunk_attachment FOREIGN KEY (attachment_id) REFERENCES attachment (id)
);
