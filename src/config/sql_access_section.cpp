#include <algorithm>

#include <fmt/format.h>

#include "config/section_readers.h"

namespace cgs {
namespace {

// A PostgreSQL role name the daemon may grant to: not PUBLIC (every role) and not a reserved
// pg_ role. Existence is checked against the database when the grants are applied.
bool readRole(YamlReader& r, const YAML::Node& t, const std::string& path, std::string& role) {
  if (!r.str(t, "role", path, role) || role.empty()) {
    r.error(t, path + ".role", "missing (an existing PostgreSQL role)");
    return false;
  }
  std::string lower = role;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const bool controls =
      std::any_of(role.begin(), role.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f; });
  if (lower == "public" || lower.rfind("pg_", 0) == 0 || role.size() > 63 || controls) {
    r.error(t["role"], path + ".role",
            fmt::format("expected the name of a role of your own (not PUBLIC, not pg_*, at most "
                        "63 bytes), got {}",
                        quoted(role)));
    return false;
  }
  return true;
}

}  // namespace

void readSqlAccess(YamlReader& r, const YAML::Node& n, std::vector<SqlAccessConfig>& out,
                   const std::function<bool(const std::string&)>& account_exists) {
  if (!n.IsSequence()) {
    r.error(n, "sql_access",
            fmt::format("expected a list of {{role, accounts}}, got {}", describe(n)));
    return;
  }
  for (std::size_t i = 0; i < n.size(); ++i) {
    const YAML::Node& t = n[i];
    const std::string path = fmt::format("sql_access[{}]", i);
    if (!r.mapping(t, path, {"role", "accounts"})) continue;
    SqlAccessConfig c;
    if (!readRole(r, t, path, c.role)) continue;
    if (std::any_of(out.begin(), out.end(), [&](const auto& o) { return o.role == c.role; })) {
      r.error(t["role"], path + ".role", fmt::format("role {} is listed twice", quoted(c.role)));
      continue;
    }
    const YAML::Node accounts = t["accounts"];
    if (accounts && accounts.IsScalar() && accounts.Scalar() == "all") {
      c.all_accounts = true;
    } else if (accounts && accounts.IsSequence() && accounts.size() > 0) {
      for (const auto& a : accounts) {
        if (!a.IsScalar() || !account_exists(a.Scalar())) {
          r.error(
              a, path + ".accounts",
              fmt::format("expected the name of an account under accounts:, got {}", describe(a)));
          continue;
        }
        c.accounts.push_back(a.Scalar());
      }
    } else {
      r.error(accounts ? accounts : t, path + ".accounts",
              "expected a non-empty list of account names, or all");
      continue;
    }
    out.push_back(std::move(c));
  }
}

}  // namespace cgs
