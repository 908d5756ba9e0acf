-- Schema 7: read-only tenants. The roles named under sql_access: see only the rows of their
-- accounts, through every table, view and function of the SQL interface, and can write nothing.
-- Upgrades a live mirror in place: two new tables, row security and policies (no table is
-- rewritten), views made security-invoker. The daemon fills the tables and grants; it never
-- creates roles.

-- Who is a tenant, and which accounts each sees. Written by the daemon (at start, --migrate and
-- reload) from sql_access; a tenant reads its own rows here, no other tenant's.
CREATE TABLE sql_access_roles (
  role_name     text    PRIMARY KEY,  -- an existing role (or group role) and its members
  all_accounts  boolean NOT NULL      -- accounts: all
);
COMMENT ON TABLE sql_access_roles IS
  'Read-only tenant roles (sql_access); their members see only their accounts'' rows';

CREATE TABLE sql_access_accounts (
  role_name        text NOT NULL REFERENCES sql_access_roles ON DELETE CASCADE,
  account_name     text NOT NULL,
  cust_space_id    text NOT NULL,
  business_number  text NOT NULL,
  PRIMARY KEY (role_name, account_name)
);
COMMENT ON TABLE sql_access_accounts IS
  'The accounts (CustSpaceId, BusinessNumber) each tenant role sees';

-- A session sees the rows of the roles it is a member of (pg_has_role, so a login role in a
-- tenant's group role is that tenant). A role dropped since it was mapped matches nobody.
ALTER TABLE sql_access_roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE sql_access_accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON sql_access_roles
  USING (EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
                 WHERE r.rolname = role_name AND pg_catalog.pg_has_role(r.oid, 'MEMBER')));
CREATE POLICY own_rows ON sql_access_accounts
  USING (EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
                 WHERE r.rolname = role_name AND pg_catalog.pg_has_role(r.oid, 'MEMBER')));

-- The mirror's rows, per (CustSpaceId, BusinessNumber). The owner and roles with BYPASSRLS (the
-- daemon) are not subject to these. A role that is no tenant sees what its grants allow, as
-- before; a tenant sees its accounts (or all with accounts: all). Each subquery is uncorrelated
-- or hashed: it runs once per statement, not per row.
DO $migration$
DECLARE
  tenant_table text;
BEGIN
  FOREACH tenant_table IN ARRAY
      ARRAY['chat_groups', 'chat_group_changes', 'chat_group_participants', 'sync_runs'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format($policy$
      CREATE POLICY tenant_rows ON %I
        USING (NOT EXISTS (SELECT 1 FROM sql_access_roles)
               OR EXISTS (SELECT 1 FROM sql_access_roles WHERE all_accounts)
               OR (cust_space_id, business_number) IN
                    (SELECT a.cust_space_id, a.business_number FROM sql_access_accounts a))
    $policy$, tenant_table);
  END LOOP;
END
$migration$;

-- A view runs as its owner unless it is security-invoker: then the reader's row security applies
-- through it.
ALTER VIEW current_chat_groups SET (security_invoker = true);
ALTER VIEW chat_group_history SET (security_invoker = true);
ALTER VIEW current_chat_group_participants SET (security_invoker = true);
ALTER VIEW latest_sync_runs SET (security_invoker = true);
ALTER VIEW latest_successful_sync_runs SET (security_invoker = true);

-- The "as of" functions read the tables as their caller (row security applies); only the
-- retention horizon comes from an internal table, which tenants cannot read: that check runs as
-- the owner (its search path is pinned since schema 6).
ALTER FUNCTION cgs_require_history(timestamptz) SECURITY DEFINER;
