// Under systemd, stderr is the journal: the binary then sends each log line as a journal entry
// with fields. On a machine without journald (CI) the test plays journald: it binds the journal's
// socket, runs the binary with JOURNAL_STREAM naming its stderr, and reads the native-protocol
// datagrams libsystemd sends. Where journald runs, the socket is its own and the test is skipped.
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "e2e_harness.h"

namespace cgs::testing {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;

constexpr const char* kJournalSocket = "/run/systemd/journal/socket";

// A datagram of the journal's native protocol: "NAME=value\n" lines, or "NAME\n" + 64-bit
// little-endian length + value + "\n" for values with newlines.
std::map<std::string, std::string> parseEntry(const std::string& d) {
  std::map<std::string, std::string> out;
  std::size_t i = 0;
  while (i < d.size()) {
    const auto nl = d.find('\n', i);
    if (nl == std::string::npos) break;
    const std::string line = d.substr(i, nl - i);
    const auto eq = line.find('=');
    if (eq != std::string::npos) {
      out[line.substr(0, eq)] = line.substr(eq + 1);
      i = nl + 1;
    } else {
      std::uint64_t n = 0;
      std::memcpy(&n, d.data() + nl + 1, 8);
      out[line] = d.substr(nl + 9, n);
      i = nl + 9 + n + 1;
    }
  }
  return out;
}

TEST(Journal, UnderSystemdEveryLineIsAnEntryWithTheRunsFields) {
  if (geteuid() != 0 || std::filesystem::exists(kJournalSocket)) {
    GTEST_SKIP() << "needs root and no journald on this machine (CI runs it)";
  }
  const bool made_dir = !std::filesystem::exists("/run/systemd/journal");
  std::filesystem::create_directories("/run/systemd/journal");
  const int s = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  ASSERT_GE(s, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::strncpy(addr.sun_path, kJournalSocket, sizeof(addr.sun_path) - 1);
  ASSERT_EQ(bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)), 0) << std::strerror(errno);
  timeval tv{0, 200'000};
  setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
  std::vector<std::map<std::string, std::string>> entries;
  std::atomic<bool> done{false};
  std::thread reader([&] {
    std::string buf(1 << 20, '\0');
    while (!done) {
      const ssize_t n = recv(s, buf.data(), buf.size(), 0);
      if (n > 0) entries.push_back(parseEntry(buf.substr(0, static_cast<std::size_t>(n))));
    }
  });

  const json data = sim::generateDataset({1, 12, 51});
  E2e t(data);
  const std::string cfg = t.writeConfig(E2e::accountsOf(data));
  ASSERT_EQ(t.run({"--config", cfg, "--migrate"}).code, 0);
  // The binary's stderr will be this file: JOURNAL_STREAM names it, as systemd names its socket.
  const std::string prefix = t.dir().file("journal");
  std::ofstream(prefix + ".err").flush();
  struct stat st {};
  ASSERT_EQ(stat((prefix + ".err").c_str(), &st), 0);
  auto env = t.env();
  env["JOURNAL_STREAM"] = std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino);
  Process p(binary(), {"--config", cfg, "--once"}, env, prefix);
  ASSERT_EQ(p.wait(60s), 0) << p.err();
  std::this_thread::sleep_for(300ms);
  done = true;
  reader.join();
  close(s);
  std::filesystem::remove(kJournalSocket);
  if (made_dir) std::filesystem::remove("/run/systemd/journal");

  const auto finished = std::find_if(entries.begin(), entries.end(), [](const auto& e) {
    return e.count("MESSAGE") && e.at("MESSAGE").rfind("run finished", 0) == 0;
  });
  ASSERT_NE(finished, entries.end()) << entries.size() << " entries";
  EXPECT_EQ(finished->at("ACCOUNT"), "acct-1");
  EXPECT_THAT(finished->at("RUN_ID"), ::testing::MatchesRegex("[0-9a-f-]{36}"));
  EXPECT_EQ(finished->at("PRIORITY"), "6");
  EXPECT_EQ(finished->at("SYSLOG_IDENTIFIER"), "cams-groupsync");
  EXPECT_EQ(finished->at("STATUS"), "succeeded");
  EXPECT_THAT(finished->at("LAST_REQUEST_ID"), ::testing::MatchesRegex("[0-9A-F-]{36}"));
  EXPECT_EQ(p.err().find("run finished"), std::string::npos)
      << "the lines went to the journal, not to stderr as text";
}

}  // namespace
}  // namespace cgs::testing
