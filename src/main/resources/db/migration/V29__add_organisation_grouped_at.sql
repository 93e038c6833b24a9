-- When an organisation last moved between benchmark groups (its region, its start date in the region or its
-- sector changed), apart from updated_at, which every profile edit stamps: the benchmark keeps a group's figures
-- while no organisation moved. Rows inserted without it (registration, demo data) are stamped on insert.
ALTER TABLE organisation ADD COLUMN grouped_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3);
UPDATE organisation SET grouped_at = updated_at;
CREATE INDEX ix_organisation_grouped ON organisation (grouped_at);
