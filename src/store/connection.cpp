#include "store/connection.h"

#include <pqxx/pqxx>

#include "store/database_error.h"

namespace cgs {

Connection::Connection(std::string conninfo, std::string schema)
    : conninfo_(std::move(conninfo)), schema_(std::move(schema)) {}

pqxx::connection& Connection::get() {
  if (conn_ && conn_->is_open()) return *conn_;
  notices_.reset();
  conn_.reset();
  temporary_.clear();
  std::unique_ptr<pqxx::connection> c;
  try {
    c = std::make_unique<pqxx::connection>(conninfo_);
  } catch (const pqxx::failure& e) {
    throw connectError(e);
  }
  withDatabaseErrors([&] {
    notices_ = std::make_unique<QuietNotices>(*c);
    pqxx::nontransaction tx(*c);
    tx.exec("SET application_name = 'cams-groupsync'");
    // The schema name is a validated identifier ([a-z_][a-z0-9_]*), quoted here all the same.
    tx.exec("SET search_path TO " + tx.quote_name(schema_) + ", public");
    conn_ = std::move(c);
  });
  return *conn_;
}

void Connection::reset() {
  notices_.reset();
  conn_.reset();
  temporary_.clear();
}

void Connection::ensureTemporary(const std::string& name, const std::vector<std::string>& ddl) {
  pqxx::connection& c = get();
  if (temporary_.count(name) != 0) return;
  withDatabaseErrors([&] {
    pqxx::nontransaction tx(c);
    for (const auto& statement : ddl) tx.exec(statement);
  });
  temporary_.insert(name);
}

bool Connection::isOpen() const { return conn_ && conn_->is_open(); }

}  // namespace cgs
