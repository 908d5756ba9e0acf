-- The grants of the daemon's run-time role: the rights cams-groupsync uses while it runs, and no
-- more. No DDL: the schema's owner applies migrations (cams-groupsync --migrate); this role
-- reads and writes rows, uses the identity sequences, takes advisory locks and NOTIFYs, and
-- makes its own TEMPORARY staging tables (PostgreSQL grants TEMPORARY to PUBLIC by default).
-- The role itself is made once by a superuser; BYPASSRLS because it writes every tenant's rows
-- and COPY refuses a table under row security:
--   CREATE ROLE cams_groupsync LOGIN BYPASSRLS PASSWORD '...';
-- Run this file as the schema's owner after --migrate (again after an upgrade does no harm):
--   psql -v ON_ERROR_STOP=1 -v schema=cams -v role=cams_groupsync -f runtime-role.sql URL
GRANT USAGE ON SCHEMA :"schema" TO :"role";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA :"schema" TO :"role";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA :"schema" TO :"role";
-- The migrations' own record is the owner's to write.
REVOKE INSERT, UPDATE, DELETE ON :"schema".schema_migrations FROM :"role";
-- Tables and sequences later migrations create (as this owner) get the same grants.
ALTER DEFAULT PRIVILEGES IN SCHEMA :"schema"
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"role";
ALTER DEFAULT PRIVILEGES IN SCHEMA :"schema" GRANT USAGE, SELECT ON SEQUENCES TO :"role";
