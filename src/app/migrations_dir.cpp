#include "app/migrations_dir.h"

#include <filesystem>

#include "common/version.h"

namespace cgs {

std::string migrationsDirFor(const DatabaseConfig& database) {
  if (!database.migrations_dir.empty()) return database.migrations_dir;
  std::error_code ec;
  if (std::filesystem::is_directory(kDefaultMigrationsDir, ec)) return kDefaultMigrationsDir;
  if (std::filesystem::is_directory(kSourceMigrationsDir, ec)) return kSourceMigrationsDir;
  return kDefaultMigrationsDir;
}

}  // namespace cgs
