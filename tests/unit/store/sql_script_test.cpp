// Splitting a migration into statements (store/sql_script.h), so a failure can name its statement.
#include "store/sql_script.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace cgs {
namespace {

std::vector<std::string> texts(const std::vector<SqlStatement>& statements) {
  std::vector<std::string> out;
  for (const auto& s : statements) out.push_back(s.text);
  return out;
}

TEST(SqlScript, SplitsAtTopLevelSemicolonsWithTheirLines) {
  const auto s = splitSqlScript("CREATE TABLE a (x int);\n\n-- two\nINSERT INTO a VALUES (1);\n");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].text, "CREATE TABLE a (x int)");
  EXPECT_EQ(s[0].line, 1);
  EXPECT_EQ(s[1].line, 3) << "a statement starts at its leading comment";
}

TEST(SqlScript, SemicolonsInStringsCommentsAndBodiesDoNotSplit) {
  const auto s = splitSqlScript(
      "SELECT 'a;b', \"c;d\", 'it''s;';\n"
      "/* one; /* nested; */ still; */ SELECT 1;\n"
      "-- a comment; with a semicolon\n"
      "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n"
      "CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $body$ SELECT 2; $body$;\n"
      "SELECT $1::int;");
  ASSERT_EQ(s.size(), 5u) << ::testing::PrintToString(texts(s));
  EXPECT_EQ(s[0].text, "SELECT 'a;b', \"c;d\", 'it''s;'");
  EXPECT_NE(s[2].text.find("$$ SELECT 1; $$"), std::string::npos);
  EXPECT_NE(s[3].text.find("$body$ SELECT 2; $body$"), std::string::npos);
  EXPECT_EQ(s[4].text, "\nSELECT $1::int") << "$1 is a parameter, not a dollar quote";
}

TEST(SqlScript, TrailingStatementWithoutSemicolonAndBlankPiecesAreKeptOrDropped) {
  EXPECT_EQ(texts(splitSqlScript("SELECT 1;  ;\n-- only a comment;\n;SELECT 2")),
            (std::vector<std::string>{"SELECT 1", "SELECT 2"}));
  EXPECT_TRUE(splitSqlScript("  \n-- nothing\n/* at all */\n").empty());
}

TEST(SqlScript, TheRealMigrationsSplitIntoWholeStatements) {
  for (const char* name : {"0001_init.sql", "0002_schema2.sql"}) {
    std::ifstream in(std::string(CGS_SOURCE_DIR "/migrations/") + name);
    std::ostringstream text;
    text << in.rdbuf();
    const auto statements = splitSqlScript(text.str());
    EXPECT_GT(statements.size(), 5u) << name;
    for (const auto& s : statements) {
      EXPECT_EQ(s.text.find("$$;"), std::string::npos) << name << ": a body was cut: " << s.text;
    }
  }
}

}  // namespace
}  // namespace cgs
