#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include <pqxx/connection>
#include <pqxx/errorhandler>

namespace cgs {

// Server notices ("schema already exists, skipping") are not errors; libpqxx would print them to
// stderr. Errors still arrive as exceptions.
class QuietNotices final : public pqxx::errorhandler {
 public:
  using pqxx::errorhandler::errorhandler;
  bool operator()(const char*) noexcept override { return false; }
};

// One PostgreSQL session for the mirror: connects on first use (and again after reset()), with
// application_name "cams-groupsync" and search_path set to the mirror's schema. Not thread-safe:
// one per worker. Throws DatabaseError when the server cannot be reached.
class Connection {
 public:
  Connection(std::string conninfo, std::string schema);

  pqxx::connection& get();
  // Drops the session (after a broken connection or an aborted transaction in doubt).
  void reset();
  [[nodiscard]] bool isOpen() const;
  [[nodiscard]] const std::string& schema() const { return schema_; }

  // Runs `ddl` (statements that create a store's temporary tables) once per session under
  // `name`: temporary tables die with the session, so a new session runs it again.
  void ensureTemporary(const std::string& name, const std::vector<std::string>& ddl);

 private:
  std::string conninfo_;
  std::string schema_;
  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<QuietNotices> notices_;  // declared after conn_: destroyed before it
  std::set<std::string> temporary_;        // ensureTemporary's names run in this session
};

}  // namespace cgs
