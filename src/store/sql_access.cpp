#include "store/sql_access.h"

#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "store/account_lock.h"
#include "store/database_error.h"

namespace cgs {
namespace {

constexpr const char* kMissingRoles =
    "SELECT r FROM jsonb_array_elements_text($1::jsonb) AS r "
    "WHERE r NOT IN (SELECT rolname FROM pg_catalog.pg_roles) ORDER BY r";
constexpr const char* kMappedRoles = "SELECT role_name, all_accounts FROM sql_access_roles";
constexpr const char* kMappedAccounts =
    "SELECT role_name, account_name, cust_space_id, business_number FROM sql_access_accounts";
// Whether `role` can use the schema and read every relation of the interface.
constexpr const char* kHasGrants =
    "SELECT pg_catalog.has_schema_privilege($1, $2, 'USAGE') AND "
    "bool_and(pg_catalog.has_table_privilege($1, pg_catalog.quote_ident($2) || '.' || "
    "pg_catalog.quote_ident(rel), 'SELECT')) FROM jsonb_array_elements_text($3::jsonb) AS rel";
constexpr const char* kRoleExists =
    "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1)";
constexpr const char* kDeleteRole = "DELETE FROM sql_access_roles WHERE role_name = $1";
constexpr const char* kUpsertRole =
    "INSERT INTO sql_access_roles (role_name, all_accounts) VALUES ($1, $2) "
    "ON CONFLICT (role_name) DO UPDATE SET all_accounts = excluded.all_accounts";
constexpr const char* kDeleteAccounts = "DELETE FROM sql_access_accounts WHERE role_name = $1";
constexpr const char* kInsertAccounts =
    "INSERT INTO sql_access_accounts (role_name, account_name, cust_space_id, business_number) "
    "SELECT $1, a->>0, a->>1, a->>2 FROM jsonb_array_elements($2::jsonb) AS a";

using Mapping =
    std::map<std::string,
             std::pair<bool, std::vector<std::tuple<std::string, std::string, std::string>>>>;

// A list bound as one JSON parameter (no array literal is quoted by hand).
std::string jsonList(const std::vector<std::string>& items) { return nlohmann::json(items).dump(); }

Mapping wanted(const std::vector<TenantGrant>& tenants) {
  Mapping m;
  for (const auto& t : tenants) {
    auto& [all, accounts] = m[t.role];
    all = t.all_accounts;
    for (const auto& a : t.accounts)
      accounts.emplace_back(a.name, a.cust_space_id, a.business_number);
    std::sort(accounts.begin(), accounts.end());
  }
  return m;
}

Mapping mapped(pqxx::work& tx) {
  Mapping m;
  for (const auto& r : tx.exec(kMappedRoles)) m[r[0].as<std::string>()].first = r[1].as<bool>();
  for (const auto& r : tx.exec(kMappedAccounts)) {
    m[r[0].as<std::string>()].second.emplace_back(r[1].as<std::string>(), r[2].as<std::string>(),
                                                  r[3].as<std::string>());
  }
  for (auto& [role, entry] : m) std::sort(entry.second.begin(), entry.second.end());
  return m;
}

std::string relationList(pqxx::work& tx, const std::string& schema) {
  std::string list;
  for (const auto& rel : tenantRelations()) {
    list += (list.empty() ? "" : ", ") + tx.quote_name(schema) + "." + tx.quote_name(rel);
  }
  return list;
}

// Whether the database already has exactly `want`: the mapping rows and every grant.
bool inPlace(pqxx::work& tx, const std::string& schema, const Mapping& want) {
  if (mapped(tx) != want) return false;
  for (const auto& [role, entry] : want) {
    if (!tx.exec_params1(kHasGrants, role, schema, jsonList(tenantRelations()))[0].as<bool>(
            false)) {
      return false;
    }
  }
  return true;
}

void grant(pqxx::work& tx, const std::string& schema, const std::string& role) {
  tx.exec("GRANT USAGE ON SCHEMA " + tx.quote_name(schema) + " TO " + tx.quote_name(role));
  tx.exec("GRANT SELECT ON " + relationList(tx, schema) + " TO " + tx.quote_name(role));
}

void revoke(pqxx::work& tx, const std::string& schema, const std::string& role) {
  tx.exec("REVOKE ALL ON " + relationList(tx, schema) + " FROM " + tx.quote_name(role));
  tx.exec("REVOKE USAGE ON SCHEMA " + tx.quote_name(schema) + " FROM " + tx.quote_name(role));
}

}  // namespace

const std::vector<std::string>& tenantRelations() {
  static const std::vector<std::string> kRelations{
      "chat_groups",         "current_chat_groups",     "chat_group_changes",
      "chat_group_history",  "chat_group_participants", "current_chat_group_participants",
      "sync_runs",           "latest_sync_runs",        "latest_successful_sync_runs",
      "sql_access_roles",    "sql_access_accounts",     "instances",
      "current_instances",   "phone_numbers",           "current_phone_numbers",
      "phone_number_changes"};
  return kRelations;
}

SqlAccessReport applySqlAccess(Connection& connection, const std::vector<TenantGrant>& tenants) {
  const std::string& schema = connection.schema();
  return withDatabaseErrors([&] {
    pqxx::work tx(connection.get());
    std::vector<std::string> roles;
    for (const auto& t : tenants) roles.push_back(t.role);
    std::vector<std::string> missing;
    for (const auto& r : tx.exec_params(kMissingRoles, jsonList(roles))) {
      missing.push_back(fmt::format("\"{}\"", r[0].as<std::string>()));
    }
    if (!missing.empty()) {
      std::string names;
      for (const auto& m : missing) names += (names.empty() ? "" : ", ") + m;
      throw SqlAccessError(fmt::format(
          "sql_access: role {} does not exist: create it first (CREATE ROLE ... LOGIN, or a group "
          "role); cams-groupsync grants, it never creates roles",
          names));
    }
    const Mapping want = wanted(tenants);
    SqlAccessReport report;
    if (inPlace(tx, schema, want)) return report;  // the common case: reads only, takes no lock
    // Under the migration lock (it waits for writes in flight), looked at again.
    lockMigrationsUntilCommit(tx, schema);
    if (inPlace(tx, schema, want)) return report;
    const Mapping have = mapped(tx);
    for (const auto& [role, entry] : have) {
      if (want.count(role) != 0) continue;
      if (tx.exec_params1(kRoleExists, role)[0].as<bool>()) revoke(tx, schema, role);
      tx.exec_params(kDeleteRole, role);
      report.revoked.push_back(role);
    }
    for (const auto& [role, entry] : want) {
      grant(tx, schema, role);
      tx.exec_params(kUpsertRole, role, entry.first);
      tx.exec_params(kDeleteAccounts, role);
      nlohmann::json rows = nlohmann::json::array();
      for (const auto& [name, cs, bn] : entry.second) rows.push_back({name, cs, bn});
      tx.exec_params(kInsertAccounts, role, rows.dump());
      report.granted.push_back(role);
    }
    tx.commit();
    report.changed = true;
    return report;
  });
}

}  // namespace cgs
