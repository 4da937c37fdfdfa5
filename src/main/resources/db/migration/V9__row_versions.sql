-- Several clerks on one database: every record edited in place carries a row version, and an update only
-- succeeds when the version it read is still the stored one (optimistic locking; the repositories check it).
-- org_unit, party_member, rating_scheme, rating_sheet, training_session and brand_project have had row_version
-- since their own migration; these are the remaining tables whose rows are changed in place.
-- Portable SQL (H2 2.x and PostgreSQL 15+).
ALTER TABLE app_setting ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE place_unit ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE point_entry ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE brand_round ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
