-- What the plan van aanpak needs of a recommended action, kept with the result: the suggested owner role, the
-- findings whose actions come first, the RI&E risk or job group it addresses and how completion is checked. The
-- plan's actions carry the same, and the numbers of the actions each depends on (editable by the organisation).
ALTER TABLE recommended_action ADD COLUMN owner_role VARCHAR(40) NULL;
ALTER TABLE recommended_action ADD COLUMN owner_nl VARCHAR(80) NULL;
ALTER TABLE recommended_action ADD COLUMN owner_en VARCHAR(80) NULL;
ALTER TABLE recommended_action ADD COLUMN after_rules VARCHAR(400) NULL;
ALTER TABLE recommended_action ADD COLUMN risk_group_nl VARCHAR(400) NULL;
ALTER TABLE recommended_action ADD COLUMN risk_group_en VARCHAR(400) NULL;
ALTER TABLE recommended_action ADD COLUMN completion_check_nl TEXT NULL;
ALTER TABLE recommended_action ADD COLUMN completion_check_en TEXT NULL;
ALTER TABLE improvement_action ADD COLUMN depends_on VARCHAR(400) NULL;
ALTER TABLE improvement_action ADD COLUMN role_nl VARCHAR(80) NULL;
ALTER TABLE improvement_action ADD COLUMN role_en VARCHAR(80) NULL;
ALTER TABLE improvement_action ADD COLUMN risk_group_nl VARCHAR(400) NULL;
ALTER TABLE improvement_action ADD COLUMN risk_group_en VARCHAR(400) NULL;
ALTER TABLE improvement_action ADD COLUMN completion_check_nl TEXT NULL;
ALTER TABLE improvement_action ADD COLUMN completion_check_en TEXT NULL;
