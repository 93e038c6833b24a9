-- Who adopted the plan van aanpak of an assessment and when, and whether (and when) the works council was consulted
-- (Arbowet art. 12; WOR art. 27): one row per plan, changed in place, every change in the audit trail.
CREATE TABLE plan_adoption (
    assessment_id          BIGINT       NOT NULL PRIMARY KEY,
    adopted_by             VARCHAR(200) NOT NULL,
    adopted_on             DATE         NOT NULL,
    works_council_consulted BOOLEAN     NOT NULL,
    works_council_on       DATE         NULL,
    recorded_by            VARCHAR(120) NOT NULL,
    recorded_at            TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_plan_adoption_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
