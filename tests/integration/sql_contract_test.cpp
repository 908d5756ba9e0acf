// docs/sql.md is the SQL interface's contract: a migrated database has exactly the public
// relations, columns (names, types, order) and functions it lists, and every other relation is
// one it lists as internal.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "common/change_type.h"
#include "pg_harness.h"

namespace cgs::testing {
namespace {

struct Contract {
  std::map<std::string, std::string> kinds;                 // public relation -> "table" or "view"
  std::map<std::string, std::vector<std::string>> columns;  // relation -> "name type", in order
  std::set<std::string> functions;                          // "name(arguments)"
  std::set<std::string> internal;                           // internal relations
};

Contract readContract() {
  std::ifstream in(CGS_SOURCE_DIR "/docs/sql.md");
  static const std::regex kRelation(R"(^### `([a-z_]+)` \((table|view)\)$)");
  static const std::regex kFunction(R"(^### `([a-z_]+\(.*\))` \(function\)$)");
  static const std::regex kRow(R"(^\| `([a-z_]+)` \| ([^|]+?) \|)");
  Contract c;
  std::string line, relation, section;
  while (std::getline(in, line)) {
    std::smatch m;
    if (line.rfind("## ", 0) == 0) {
      section = line;
      relation.clear();
    } else if (std::regex_match(line, m, kRelation)) {
      relation = m[1];
      c.kinds[relation] = m[2];
    } else if (std::regex_match(line, m, kFunction)) {
      c.functions.insert(m[1]);
      relation.clear();
    } else if (std::regex_search(line, m, kRow)) {
      if (section == "## Internal") {
        c.internal.insert(m[1]);
      } else if (!relation.empty()) {
        c.columns[relation].push_back(m[1].str() + " " + m[2].str());
      }
    }
  }
  return c;
}

TEST(SqlContract, TheDatabaseHasExactlyThePublicInterfaceDocsSqlMdDescribes) {
  const Contract doc = readContract();
  ASSERT_GE(doc.kinds.size(), 11u) << "docs/sql.md was not read";
  TestSchema schema;
  pqxx::connection c(testDatabaseUrl());
  pqxx::work tx(c);
  std::map<std::string, std::string> kinds;
  std::map<std::string, std::vector<std::string>> columns;
  for (const auto& r : tx.exec_params(
           "SELECT c.relname, CASE c.relkind WHEN 'v' THEN 'view' ELSE 'table' END, a.attname, "
           "pg_catalog.format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_class c "
           "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
           "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 "
           "AND NOT a.attisdropped WHERE n.nspname = $1 AND c.relkind IN ('r', 'v', 'p') "
           "ORDER BY c.relname, a.attnum",
           schema.name())) {
    kinds[r[0].as<std::string>()] = r[1].as<std::string>();
    columns[r[0].as<std::string>()].push_back(r[2].as<std::string>() + " " +
                                              r[3].as<std::string>());
  }
  for (const auto& [relation, kind] : doc.kinds) {
    ASSERT_TRUE(kinds.count(relation))
        << "docs/sql.md names " << relation << ", the schema lacks it";
    EXPECT_EQ(kinds[relation], kind) << relation;
    EXPECT_EQ(columns[relation], doc.columns.at(relation)) << relation;
  }
  for (const auto& [relation, kind] : kinds) {
    EXPECT_TRUE(doc.kinds.count(relation) || doc.internal.count(relation))
        << relation << " is neither public nor internal in docs/sql.md";
  }
  std::set<std::string> functions;
  for (const auto& r : tx.exec_params(
           "SELECT p.proname || '(' || pg_catalog.pg_get_function_arguments(p.oid) || ')' "
           "FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
           "WHERE n.nspname = $1 AND p.proname NOT LIKE 'cgs\\_%'",
           schema.name())) {
    functions.insert(r[0].as<std::string>());
  }
  EXPECT_EQ(functions, doc.functions);
}

// The change-type registry (common/change_type.h) is what the history tables accept: every
// type it files under a table, and no other, passes that table's CHECK on change_type.
TEST(SqlContract, TheHistoryTablesAcceptExactlyTheRegistrysChangeTypes) {
  std::map<std::string, std::set<std::string>> registry;  // table -> change types
  for (const ChangeTypeInfo& t : kChangeTypes) {
    registry[std::string(t.table)].insert(std::string(t.stored));
  }
  TestSchema schema;
  pqxx::connection c(testDatabaseUrl());
  pqxx::work tx(c);
  static const std::regex kLiteral("'([a-z_]+)'::text");
  for (const auto& [table, names] : registry) {
    // The definitions are read for this schema's rows only (in the select list, never in a
    // filter the planner may run on every schema's constraints: a test beside this one dropping
    // its schema would make that fail with "could not open relation").
    std::vector<std::string> defs;
    for (const auto& r : tx.exec_params(
             "SELECT pg_catalog.pg_get_constraintdef(k.oid) FROM pg_catalog.pg_constraint k "
             "JOIN pg_catalog.pg_class c ON c.oid = k.conrelid "
             "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
             "WHERE n.nspname = $1 AND c.relname = $2 AND k.contype = 'c'",
             schema.name(), table)) {
      const std::string def = r[0].as<std::string>();
      if (def.find("change_type") != std::string::npos) defs.push_back(def);
    }
    ASSERT_EQ(defs.size(), 1u) << table << " has one CHECK on change_type";
    const std::string def = defs[0];
    std::set<std::string> accepted;
    for (std::sregex_iterator m(def.begin(), def.end(), kLiteral), end; m != end; ++m) {
      accepted.insert((*m)[1]);
    }
    EXPECT_EQ(accepted, names) << table << ": " << def;
  }
}

}  // namespace
}  // namespace cgs::testing
