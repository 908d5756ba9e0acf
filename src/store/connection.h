#pragma once

#include <memory>
#include <string>

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

  // Per-session state of the listing staging table (temporary tables die with the session).
  bool stage_created = false;
  bool member_stage_created = false;  // and of the member staging table

 private:
  std::string conninfo_;
  std::string schema_;
  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<QuietNotices> notices_;  // declared after conn_: destroyed before it
};

}  // namespace cgs
