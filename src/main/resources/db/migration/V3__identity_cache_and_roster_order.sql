-- Bulk writes (imports, sample data) draw hundreds of thousands of ids. With the default identity cache of 32,
-- H2 persists the sequence every 32 rows, and with WRITE_DELAY=0 each of those is a write to disk: a quarter of
-- an import's time. A larger cache only means gaps in ids after a crash, which nothing relies on.
-- (jOOQ's code generator does not parse these and does not need them.)
/* [jooq ignore start] */
ALTER TABLE party_member ALTER COLUMN id SET CACHE 1000;
ALTER TABLE member_event ALTER COLUMN id SET CACHE 1000;
ALTER TABLE org_unit ALTER COLUMN id SET CACHE 100;
ALTER TABLE place_unit ALTER COLUMN id SET CACHE 100;
/* [jooq ignore stop] */

-- The roster is read in 姓氏笔画 order (name_sort_key, id); an index in that order lets it stream without a sort.
CREATE INDEX ix_member_roster_order ON party_member (name_sort_key, id);
