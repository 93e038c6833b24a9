-- A region's request to (chosen) members to complete a questionnaire by a date: one measurement round of its
-- monitor (round 0 is the 0-meting). The round is unique per region and questionnaire.
CREATE TABLE campaign (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region_id        BIGINT       NOT NULL,
    questionnaire_id VARCHAR(80)  NOT NULL,
    round_number     INT          NOT NULL,
    opens_on         DATE         NOT NULL,
    due_on           DATE         NOT NULL,
    created_by       VARCHAR(120) NOT NULL,
    created_at       TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_campaign_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT uq_campaign_round UNIQUE (region_id, questionnaire_id, round_number)
);

CREATE TABLE campaign_member (
    campaign_id     BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, organisation_id),
    CONSTRAINT fk_campaign_member_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_member_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
        ON DELETE CASCADE
);
CREATE INDEX ix_campaign_member_organisation ON campaign_member (organisation_id);
