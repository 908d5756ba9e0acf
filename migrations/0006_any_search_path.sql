-- Schema 6: every function works from a session with any search_path. pg_dump and pg_restore run
-- with an empty one, and so do most applications and BI tools; before this, the generated columns'
-- helpers and the "as of" functions found each other and the tables only through the caller's
-- search_path, so a backup failed to restore at CREATE TABLE chat_groups. Upgrades a live mirror
-- in place: functions only, no table is rewritten, and every function returns what it returned.

-- The item helpers stay LANGUAGE sql without a SET clause, so PostgreSQL still inlines them into
-- the generated columns (a write costs what it cost), and each calls only built-ins, which
-- pg_catalog provides whatever the search_path. They must not call each other, even by a
-- qualified name: pg_dump restores the helpers a table's generated columns use right before the
-- table, and nothing records that one helper's body calls another, so cgs_item_whole would come
-- after the CREATE TABLE that inlines it. Hence the whole-number test is written out twice.
CREATE OR REPLACE FUNCTION cgs_item_bigint(raw jsonb, field text) RETURNS bigint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT CASE WHEN jsonb_typeof(raw -> field) = 'number'
                 AND (raw ->> field)::numeric = trunc((raw ->> field)::numeric)
                 AND (raw ->> field)::numeric BETWEEN -9223372036854775808 AND 9223372036854775807
                THEN (raw ->> field)::numeric::bigint END
  $$;

CREATE OR REPLACE FUNCTION cgs_item_integer(raw jsonb, field text) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT CASE WHEN jsonb_typeof(raw -> field) = 'number'
                 AND (raw ->> field)::numeric = trunc((raw ->> field)::numeric)
                 AND (raw ->> field)::numeric BETWEEN -2147483648 AND 2147483647
                THEN (raw ->> field)::numeric::integer END
  $$;

-- The functions that read the mirror's tables carry the mirror's schema as their own search path
-- (pg_temp last, so a caller's temporary table cannot stand in for a mirror table). FROM CURRENT
-- takes the value set here: the schema this migration is applied in, whatever its name.
SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_catalog, pg_temp', true);

ALTER FUNCTION cgs_require_history(timestamptz) SET search_path FROM CURRENT;
ALTER FUNCTION cgs_groups_as_of(timestamptz, text, text, text) SET search_path FROM CURRENT;
ALTER FUNCTION chat_groups_as_of(timestamptz) SET search_path FROM CURRENT;
ALTER FUNCTION chat_group_as_of(text, text, text, timestamptz) SET search_path FROM CURRENT;
