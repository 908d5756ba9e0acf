#pragma once

// A PostgreSQL cluster of a test's own (scripts/local-pg.sh): stopping, crashing or promoting it
// cannot disturb other tests. A primary, or a streaming standby of one.
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>

#include <pqxx/pqxx>

#include "e2e_harness.h"

namespace cgs::testing {

// Runs a shell command; its stdout without the trailing newlines. Throws when it fails.
inline std::string shell(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) throw std::runtime_error("popen failed");
  char buf[512];
  while (fgets(buf, sizeof(buf), p) != nullptr) out += buf;
  if (pclose(p) != 0) throw std::runtime_error("command failed: " + cmd + "\n" + out);
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

class OwnCluster {
 public:
  struct StandbyOf {
    const OwnCluster& primary;
  };

  OwnCluster() : dir_(prepare()) { url_ = shell(script() + " start " + dir_); }
  // A streaming standby of `of.primary` (pg_basebackup -R), started and replaying.
  explicit OwnCluster(StandbyOf of) : dir_(prepare()) {
    url_ = shell(script() + " standby " + dir_ + " " + of.primary.dir_);
  }
  ~OwnCluster() {
    try {
      (void)shell(script() + " stop " + dir_);
    } catch (...) {
    }
  }
  OwnCluster(const OwnCluster&) = delete;
  OwnCluster& operator=(const OwnCluster&) = delete;

  void stop() { (void)shell(script() + " stop " + dir_); }
  void start() { (void)shell(script() + " start " + dir_ + " " + port()); }
  // Gone at once, as in a crash: no checkpoint, sessions cut.
  void crash() { (void)shell(script() + " crash " + dir_); }
  // A standby becomes a primary (returns when it accepts writes).
  void promote() { (void)shell(script() + " promote " + dir_); }
  // A failed primary comes back as a streaming standby of the one that took over, on its own
  // port: its data is replaced by a base backup of `primary` (pg_basebackup -R), as after a
  // failover.
  void rejoinAsStandbyOf(const OwnCluster& primary) {
    const std::string own_port = port();
    stop();
    std::filesystem::remove_all(dir_ + "/data");
    url_ = shell(script() + " standby " + dir_ + " " + primary.dir_ + " " + own_port);
  }

  [[nodiscard]] const std::string& url() const { return url_; }
  [[nodiscard]] std::string port() const { return shell("cat " + dir_ + "/port"); }

  void exec(const std::string& sql) const {
    pqxx::connection c(url_);
    pqxx::nontransaction tx(c);
    tx.exec(sql);
  }
  int scalar(const std::string& sql) const {
    pqxx::connection c(url_);
    pqxx::nontransaction tx(c);
    return tx.exec1(sql)[0].as<int>();
  }

 private:
  static std::string script() { return "bash " CGS_SOURCE_DIR "/scripts/local-pg.sh"; }
  std::string prepare() {
    // As root the server runs as `postgres`, which must be able to reach its directory.
    std::filesystem::permissions(std::filesystem::path(dir_holder_.file("pg")).parent_path(),
                                 std::filesystem::perms::owner_all |
                                     std::filesystem::perms::others_exec |
                                     std::filesystem::perms::group_exec);
    return dir_holder_.file("pg");
  }

  TempDir dir_holder_;
  std::string dir_;
  std::string url_;
};

}  // namespace cgs::testing
