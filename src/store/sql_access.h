#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "store/connection.h"

namespace cgs {

// One account a tenant sees: its rows are those of (cust_space_id, business_number).
struct TenantAccount {
  std::string name;
  std::string cust_space_id;
  std::string business_number;
};

// A read-only tenant: an existing role (or group role) that sees `accounts`, or every account.
struct TenantGrant {
  std::string role;
  bool all_accounts = false;
  std::vector<TenantAccount> accounts;
};

// The relations of the SQL interface a tenant may read (docs/sql.md, "Public"); everything else
// in the schema stays unreadable to it. Functions are executable by everyone already.
[[nodiscard]] const std::vector<std::string>& tenantRelations();

// A role under sql_access does not exist: the configuration names a role nobody created.
class SqlAccessError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct SqlAccessReport {
  bool changed = false;              // false: the database already matched (no grant was run)
  std::vector<std::string> granted;  // roles (re)granted now
  std::vector<std::string> revoked;  // roles no longer listed, whose grants were taken back
};

// Makes the schema's tenants exactly `tenants`, in one transaction under the migration lock:
// each role gets USAGE on the schema and SELECT on tenantRelations() and its accounts in
// sql_access_accounts (row security does the rest); a role the daemon granted before and that
// is no longer listed loses those grants and its rows. Idempotent: when the database already
// matches it only reads. Throws SqlAccessError naming every missing role (nothing is changed),
// DatabaseError otherwise (permissionDenied() when this session's role may not grant).
SqlAccessReport applySqlAccess(Connection& connection, const std::vector<TenantGrant>& tenants);

}  // namespace cgs
