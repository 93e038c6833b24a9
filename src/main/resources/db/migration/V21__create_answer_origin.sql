-- Where a prefilled answer came from: the submitted assessment of the other instrument it was taken over from, when
-- that answer was given there, and, once the user confirmed it, who and when. An answer the user changes is no longer
-- prefilled, so its row goes; an answer without a row is the organisation's own.
CREATE TABLE answer_origin (
    assessment_id           BIGINT       NOT NULL,
    question_id             VARCHAR(80)  NOT NULL,
    source_assessment_id    BIGINT       NOT NULL,
    source_questionnaire_id VARCHAR(80)  NOT NULL,
    source_question_id      VARCHAR(80)  NOT NULL,
    source_submitted_at     TIMESTAMP(3) NOT NULL,
    source_answered_at      TIMESTAMP(3) NOT NULL,
    confirmed_by            VARCHAR(120) NULL,
    confirmed_at            TIMESTAMP(3) NULL,
    PRIMARY KEY (assessment_id, question_id),
    CONSTRAINT fk_answer_origin_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT fk_answer_origin_source FOREIGN KEY (source_assessment_id) REFERENCES assessment (id)
);
