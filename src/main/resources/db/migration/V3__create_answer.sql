-- One row per answered question; saving a subset touches only its rows, so concurrent saves of
-- different questions never overwrite each other.
CREATE TABLE answer (
    assessment_id BIGINT       NOT NULL,
    question_id   VARCHAR(80)  NOT NULL,
    answer_value  TEXT         NOT NULL,
    comment       TEXT         NULL,
    evidence      TEXT         NULL,
    updated_by    VARCHAR(120) NOT NULL,
    updated_at    TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (assessment_id, question_id),
    CONSTRAINT fk_answer_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
