-- A result is immutable: re-scoring adds a new result beside the old one.
CREATE TABLE assessment_result (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id         BIGINT        NOT NULL,
    reason                VARCHAR(10)   NOT NULL,
    questionnaire_id      VARCHAR(80)   NOT NULL,
    questionnaire_version VARCHAR(40)   NOT NULL,
    ruleset_version       VARCHAR(40)   NOT NULL,
    reference_date        DATE          NOT NULL,
    overall               DECIMAL(5, 1) NOT NULL,
    scored_at             TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_result_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
CREATE INDEX ix_result_assessment ON assessment_result (assessment_id);

CREATE TABLE topic_score (
    result_id  BIGINT        NOT NULL,
    topic      VARCHAR(40)   NOT NULL,
    points     DECIMAL(8, 1) NOT NULL,
    max_points DECIMAL(8, 1) NOT NULL,
    percentage DECIMAL(5, 1) NOT NULL,
    level      INT           NOT NULL,
    PRIMARY KEY (result_id, topic),
    CONSTRAINT fk_topic_score_result FOREIGN KEY (result_id) REFERENCES assessment_result (id)
);

CREATE TABLE finding (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    result_id  BIGINT       NOT NULL,
    position   INT          NOT NULL,
    rule_id    VARCHAR(40)  NOT NULL,
    topic      VARCHAR(40)  NOT NULL,
    severity   VARCHAR(10)  NOT NULL,
    message_nl TEXT         NOT NULL,
    message_en TEXT         NOT NULL,
    legal      VARCHAR(400) NOT NULL,
    CONSTRAINT fk_finding_result FOREIGN KEY (result_id) REFERENCES assessment_result (id)
);
CREATE INDEX ix_finding_result ON finding (result_id);

CREATE TABLE finding_evidence (
    finding_id   BIGINT      NOT NULL,
    position     INT         NOT NULL,
    question_id  VARCHAR(80) NOT NULL,
    answer_value TEXT        NOT NULL,
    PRIMARY KEY (finding_id, position),
    CONSTRAINT fk_evidence_finding FOREIGN KEY (finding_id) REFERENCES finding (id)
);

CREATE TABLE recommended_action (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    result_id   BIGINT      NOT NULL,
    position    INT         NOT NULL,
    rule_id     VARCHAR(40) NOT NULL,
    topic       VARCHAR(40) NOT NULL,
    priority    INT         NOT NULL,
    due_in_days INT         NOT NULL,
    text_nl     TEXT        NOT NULL,
    text_en     TEXT        NOT NULL,
    CONSTRAINT fk_action_result FOREIGN KEY (result_id) REFERENCES assessment_result (id)
);
CREATE INDEX ix_action_result ON recommended_action (result_id);
