// Backups that restore: a mirror dumped with pg_dump (custom format through pg_restore, and plain
// SQL through psql) comes back equal in a fresh database, and the daemon pointed at the copy
// writes nothing for an unchanged listing, then records changes under new change ids and delivers
// them to the same webhook receiver.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "e2e_harness.h"
#include "local_http.h"
#include "webhook_receiver.h"

namespace cgs::testing {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;

// The test cluster's URL with another database name.
std::string withDatabase(const std::string& url, const std::string& database) {
  const auto slash = url.rfind('/');
  const auto query = url.find('?', slash);
  return url.substr(0, slash + 1) + database +
         (query == std::string::npos ? "" : url.substr(query));
}

// Runs a bash script (pipefail: a failed pg_dump fails the pipe); returns its exit status, with
// its output and errors in `log`.
int bash(const std::string& script, const std::string& log) {
  std::ofstream(log + ".sh") << "set -eo pipefail\n" << script << "\n";
  return std::system(("bash " + log + ".sh >" + log + " 2>&1").c_str());
}

// A fresh database on the test cluster, dropped with the object.
class ScratchDatabase {
 public:
  ScratchDatabase() : name_("restore_" + randomHex(6)) { admin("CREATE DATABASE " + name_); }
  ~ScratchDatabase() {
    try {
      admin("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    } catch (...) {
    }
  }
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;
  [[nodiscard]] std::string url() const { return withDatabase(testDatabaseUrl(), name_); }

 private:
  static void admin(const std::string& sql) {
    pqxx::connection c(testDatabaseUrl());
    pqxx::nontransaction tx(c);
    tx.exec(sql);
  }
  std::string name_;
};

// Every table of `schema` at `url`: name -> md5 of its rows in a fixed order, and the row count.
std::map<std::string, std::string> tableDigests(const std::string& url, const std::string& schema) {
  pqxx::connection c(url);
  pqxx::work tx(c);
  std::map<std::string, std::string> out;
  for (const auto& t :
       tx.exec_params("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = $1", schema)) {
    const std::string table = tx.quote_name(schema) + "." + tx.quote_name(t[0].as<std::string>());
    const auto r = tx.exec1(
        "SELECT count(*)::text || ' rows ' || coalesce(md5(string_agg(x::text, "
        "'|' ORDER BY x::text)), '') FROM " +
        table + " x");
    out[t[0].as<std::string>()] = r[0].as<std::string>();
  }
  return out;
}

template <typename T>
T scalarAt(const std::string& url, const std::string& schema, const std::string& sql) {
  pqxx::connection c(url);
  pqxx::work tx(c);
  tx.exec("SET LOCAL search_path TO " + tx.quote_name(schema));
  return tx.exec1(sql)[0].as<T>();
}

class BackupRestore : public ::testing::TestWithParam<std::string> {};

TEST_P(BackupRestore, RestoredMirrorIsEqualWritesNothingForAnUnchangedListingAndSyncsOn) {
  const json data = sim::generateDataset({2, 40, 77});
  E2e t(data);
  auto receiver = startReceiver(t, 0, "receiver");
  const std::string hooks = webhookTo(t, *receiver);
  ASSERT_FALSE(hooks.empty()) << receiver->err();
  auto accounts = E2e::accountsOf(data);
  accounts[0].extra = "    participants: true\n";
  const std::string cfg = t.writeConfig(accounts, hooks);
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);
  const auto rename = [&](int index, const std::string& subject) {
    const json group_id = data["accounts"][0]["groups"][index]["GroupId"];
    t.sim().dataset().mutate(
        {"cams-sim-0001", "8613800000001"},
        json::array({{{"op", "update"}, {"group_id", group_id}, {"set", {{"Subject", subject}}}}}));
    return group_id.get<std::string>();
  };
  (void)rename(3, "renamed before the backup");
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);
  const auto events = t.schema().scalar<std::size_t>("SELECT count(*) FROM webhook_outbox");
  ASSERT_GT(events, 80u);
  ASSERT_TRUE(E2e::eventually([&] { return receivedIds(*receiver).size() == events; }))
      << receiver->out();

  // Back up and restore, as README "Backup and restore" says.
  const std::string schema = t.schema().name();
  const ScratchDatabase copy;
  const std::string log = t.dir().file("restore.log");
  const std::string dump = t.dir().file("mirror.dump");
  const std::string quoted_schema = "'\"" + schema + "\"'";  // pg_dump's -n takes a pattern
  const std::string command =
      GetParam() == "custom"
          ? fmt::format("pg_dump -Fc -n {} -f {} '{}' && pg_restore --exit-on-error -d '{}' {}",
                        quoted_schema, dump, testDatabaseUrl(), copy.url(), dump)
          : fmt::format("pg_dump -n {} '{}' | psql -q -v ON_ERROR_STOP=1 '{}'", quoted_schema,
                        testDatabaseUrl(), copy.url());
  ASSERT_EQ(bash(command, log), 0) << readFile(log);
  EXPECT_EQ(tableDigests(copy.url(), schema), tableDigests(testDatabaseUrl(), schema));

  // The daemon on the copy: an unchanged listing writes no mirror row and no history.
  t.setDatabaseUrl(copy.url());
  const std::string restored = t.writeConfig(accounts, hooks, "restored.yaml");
  const auto versions = [&] {
    pqxx::connection c(copy.url());
    pqxx::work tx(c);
    return tx.exec("SELECT group_id || xmin::text || ctid::text FROM " + tx.quote_name(schema) +
                   ".chat_groups ORDER BY 1");
  };
  const auto before = versions();
  const auto changes = scalarAt<int>(copy.url(), schema, "SELECT count(*) FROM chat_group_changes");
  const auto max_id =
      scalarAt<std::int64_t>(copy.url(), schema, "SELECT max(change_id) FROM chat_group_changes");
  const auto noop = t.run({"--config", restored, "--once"});
  ASSERT_EQ(noop.code, 0) << noop.err;
  EXPECT_EQ(versions(), before) << "no mirror row was written";
  EXPECT_EQ(scalarAt<int>(copy.url(), schema, "SELECT count(*) FROM chat_group_changes"), changes);

  // A change after the restore gets a new change id and reaches the receiver once.
  const std::string renamed = rename(4, "renamed after the restore");
  const auto after = t.run({"--config", restored, "--once"});
  ASSERT_EQ(after.code, 0) << after.err;
  EXPECT_EQ(scalarAt<std::int64_t>(copy.url(), schema,
                                   "SELECT min(change_id) FROM chat_group_changes WHERE group_id "
                                   "= '" +
                                       renamed + "' AND change_type = 'updated'"),
            max_id + 1);
  ASSERT_TRUE(E2e::eventually([&] { return receivedIds(*receiver).size() == events + 1; }))
      << receiver->out();
  EXPECT_EQ(receivedIds(*receiver).back(), max_id + 1);
}

INSTANTIATE_TEST_SUITE_P(Formats, BackupRestore, ::testing::Values("custom", "plain"));

}  // namespace
}  // namespace cgs::testing
