#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "store/connection.h"

namespace cgs {

struct MigrationFile {
  int version = 0;
  std::string name;  // "0001_init.sql"
  std::string sql;
  std::string checksum;  // sha256 hex of the file's bytes
};

// The migrations cannot be applied: an edited file that was already applied, a database newer than
// this binary, a missing or malformed directory, or a statement that failed.
class MigrationError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads NNNN_name.sql files from `dir`, sorted by version. Throws MigrationError.
[[nodiscard]] std::vector<MigrationFile> loadMigrations(const std::string& dir);

struct MigrationReport {
  std::vector<std::string> applied;  // names applied now
  int already_applied = 0;
};

// Brings the schema up to date: creates it and schema_migrations if needed, then applies each
// pending migration in its own transaction with search_path set to the schema, all under a
// PostgreSQL advisory lock so concurrent migrators serialize. Refuses (MigrationError) when an
// applied file's checksum changed or the database has versions this binary does not know.
// Throws DatabaseError when the database is unreachable.
[[nodiscard]] MigrationReport migrate(Connection& connection,
                                      const std::vector<MigrationFile>& files);

}  // namespace cgs
