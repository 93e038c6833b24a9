-- A region's members a page at a time in name order, and the latest change to any organisation, which the
-- benchmark checks before it reuses a group's figures.
CREATE INDEX ix_organisation_region_name ON organisation (region_id, name);
CREATE INDEX ix_organisation_updated ON organisation (updated_at);
