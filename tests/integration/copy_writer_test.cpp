// CopyWriter against a real PostgreSQL: what it writes is what the server reads back, whatever the
// bytes (COPY's escapes, text that looks like them, NULL against empty), across buffer flushes,
// and a row the server refuses is an error at complete(), not a crash or a half-written table.
#include <gtest/gtest.h>

#include <optional>

#include "pg_harness.h"
#include "store/copy_writer.h"

namespace cgs::testing {
namespace {

using Row = std::vector<std::optional<std::string>>;

class CopyWriterTest : public ::testing::Test {
 protected:
  CopyWriterTest() : schema_(false), connection_(testDatabaseUrl()) {
    pqxx::nontransaction tx(connection_);
    tx.exec("CREATE SCHEMA " + tx.quote_name(schema_.name()));
    tx.exec("SET search_path TO " + tx.quote_name(schema_.name()));
    tx.exec("CREATE TABLE t (n integer NOT NULL, a text, b text)");
  }

  // Writes `rows` (n is the row's index) and commits.
  void write(const std::vector<Row>& rows) {
    pqxx::work tx(connection_);
    CopyWriter copy(tx, "t", {"n", "a", "b"});
    for (std::size_t i = 0; i < rows.size(); ++i) {
      copy << std::to_string(i);
      for (const auto& field : rows[i]) {
        if (field) {
          copy << *field;
        } else {
          copy.null();
        }
      }
      copy.endRow();
    }
    copy.complete();
    tx.commit();
  }
  std::vector<Row> readBack() {
    pqxx::work tx(connection_);
    std::vector<Row> out;
    for (const auto& r : tx.exec("SELECT a, b FROM t ORDER BY n")) {
      Row row;
      for (const auto& f : r) {
        row.push_back(f.is_null() ? std::nullopt : std::optional<std::string>(f.c_str()));
      }
      out.push_back(row);
    }
    return out;
  }

  TestSchema schema_;
  pqxx::connection connection_;
};

TEST_F(CopyWriterTest, WhatIsWrittenIsReadBackWhateverTheBytes) {
  const std::vector<Row> rows = {
      {"\\", "\t"},
      {"\n", "\r"},
      {"\\N", std::nullopt},  // the text \N, then NULL
      {"", std::nullopt},     // empty is not NULL
      {"a\\tb\\nc", "tab\there, newline\nthere, return\rthere, backslash\\there"},
      {"\\.", "."},  // COPY's end-of-data marker, as text
      {"\x01\x1f\x7f \xc3\xa9 \xf0\x9f\x98\x80", "trailing backslash\\"},
      {std::nullopt, std::nullopt},
  };
  write(rows);
  EXPECT_EQ(readBack(), rows);
}

TEST_F(CopyWriterTest, RowsAcrossManyBuffersArriveWholeAndInOrder) {
  std::vector<Row> rows;
  // Rows bigger than a buffer, rows a buffer ends inside of, and many small ones between.
  const std::string big(CopyWriter::kFlushBytes + 17, 'x');
  for (int i = 0; i < 3000; ++i) {
    if (i % 1000 == 7) {
      rows.push_back({big + std::to_string(i), "\t" + big});
    } else {
      rows.push_back(
          {std::to_string(i) + "\t\\", std::string(static_cast<std::size_t>(i % 300), 'y')});
    }
  }
  write(rows);
  EXPECT_EQ(readBack(), rows);
}

TEST_F(CopyWriterTest, ARowTheServerRefusesIsAnErrorAndNothingIsWritten) {
  {
    pqxx::work tx(connection_);
    CopyWriter copy(tx, "t", {"n", "a", "b"});
    copy << "1"
         << "fine"
         << "fine";
    copy.endRow();
    copy << "not a number"
         << "x"
         << "y";
    copy.endRow();
    EXPECT_THROW(copy.complete(), pqxx::failure);
  }
  {
    pqxx::work tx(connection_);
    CopyWriter copy(tx, "t", {"n", "a", "b"});
    copy << "1"
         << "abandoned";  // never completed: ended by the destructor, rolled back
  }
  EXPECT_TRUE(readBack().empty());
}

}  // namespace
}  // namespace cgs::testing
