// The hostile edges a security review found, each reproduced the way it was found, through the
// built binary: the metrics port under a huge body and slow clients, API responses that lie (a
// List of millions of empty items, a Total with nothing behind it, a 200 KB Code, a RequestId that
// forges a log line) and the marks they may leave on memory, quota, logs and the runs table.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "e2e_harness.h"
#include "local_http.h"

namespace cgs::testing {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;

// A process's peak resident set (VmHWM) in MiB, from /proc; 0 when it cannot be read.
long peakRssMiB(pid_t pid) {
  std::istringstream status(readFile(fmt::format("/proc/{}/status", pid)));
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6)) / 1024;
  }
  return 0;
}

// A TCP connection to 127.0.0.1:port; -1 when it cannot connect.
int connectTo(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<std::uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

bool sendAll(int fd, const std::string& bytes) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return false;
    sent += static_cast<std::size_t>(n);
  }
  return true;
}

class MetricsPort : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string cfg = t.writeConfig(
        E2e::accountsOf(data), "schedule:\n  interval: 1h\nmetrics:\n  listen: 127.0.0.1:0\n");
    daemon = t.start({"--config", cfg}, "daemon");
    ASSERT_TRUE(E2e::eventually([&] {
      return (port = reportedPort(daemon->err(), "metrics on http://")) > 0;
    })) << daemon->err();
    // The first run done, so what the daemon holds afterwards is the POST's doing, not a sync's.
    ASSERT_TRUE(E2e::eventually([&] {
      return httpGet(url("/metrics"))
                 .find(
                     "cams_groupsync_runs_total{account=\"acct-1\","
                     "status=\"succeeded\"} 1") != std::string::npos;
    })) << daemon->err();
  }
  std::string url(const std::string& path) const {
    return fmt::format("http://127.0.0.1:{}{}", port, path);
  }

  json data = sim::generateDataset({1, 20, 3});
  E2e t{data};
  std::unique_ptr<Process> daemon;
  int port = 0;
};

// Found by a review: one 300 MB chunked POST to a 404 path raised the daemon's peak RSS from
// 18 MB to 542 MB.
TEST_F(MetricsPort, AHugeChunkedPostIsRefusedUnreadAndCostsNoMemory) {
  [[maybe_unused]] const long before = peakRssMiB(daemon->pid());
  const int fd = connectTo(port);
  ASSERT_GE(fd, 0);
  std::string chunk = fmt::format("{:x}\r\n", 1 << 20) + std::string(1 << 20, 'x') + "\r\n";
  std::size_t sent_mib = 0;
  const auto started = std::chrono::steady_clock::now();
  if (sendAll(fd, "POST /nope HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")) {
    while (sent_mib < 300 && sendAll(fd, chunk)) ++sent_mib;
  }
  ::close(fd);
  EXPECT_LT(sent_mib, 300u) << "the daemon closed the connection instead of reading the body";
  EXPECT_LT(std::chrono::steady_clock::now() - started, 10s);
#if !defined(__SANITIZE_ADDRESS__)
  // (Under ASan the allocator's quarantine and shadow memory make RSS no measure of this.)
  const long after = peakRssMiB(daemon->pid());
  EXPECT_LT(after - before, 32) << before << " MiB before, " << after << " MiB after";
#endif
  EXPECT_EQ(httpGet(url("/healthz")), "ok\n");
  EXPECT_TRUE(daemon->running());
}

// Found by a review: two connections sending their headers slowly made /healthz time out until
// they closed.
TEST_F(MetricsPort, SlowClientsDoNotBlockTheScrape) {
  std::vector<int> slow;
  for (int i = 0; i < 4; ++i) {
    const int fd = connectTo(port);
    ASSERT_GE(fd, 0);
    ASSERT_TRUE(sendAll(fd, "GET /metrics HTTP/1.1\r\nHost: x\r\n"));  // and never the rest
    slow.push_back(fd);
  }
  for (int i = 0; i < 5; ++i) {
    const auto started = std::chrono::steady_clock::now();
    EXPECT_EQ(httpGet(url("/healthz")), "ok\n") << "attempt " << i;
    EXPECT_LT(std::chrono::steady_clock::now() - started, 1500ms) << "attempt " << i;
    std::this_thread::sleep_for(300ms);
  }
  for (const int fd : slow) ::close(fd);
}

TEST_F(MetricsPort, OnlyGetAndHeadAreServed) {
  CurlHandle h;
  std::string body;
  curl_easy_setopt(h.get(), CURLOPT_URL, url("/metrics").c_str());
  curl_easy_setopt(h.get(), CURLOPT_POSTFIELDS, "x=1");
  collectBody(h, &body);
  ASSERT_EQ(curl_easy_perform(h.get()), CURLE_OK);
  long status = 0;
  curl_easy_getinfo(h.get(), CURLINFO_RESPONSE_CODE, &status);
  EXPECT_EQ(status, 405);
}

json rawRule(const std::string& body, int status = 200, int page = 0) {
  json r{{"kind", "raw"}, {"status", status}, {"body_hex", hexOf(body)}};
  if (page > 0) r["page"] = page;
  return r;
}

class LyingApi : public OneAccountTest {
 protected:
  LyingApi() : OneAccountTest(91) {}
};

// Found by a review: a 12 MB body of "{}" items pushed peak RSS to 416 MB.
TEST_F(LyingApi, MillionsOfEmptyItemsAreRefusedBeforeTheyAreBuilt) {
  std::string items = "{}";
  for (int i = 1; i < 4'000'000; ++i) items += ",{}";
  const std::string body =
      R"({"RequestId":"RAW-1","Code":"OK","Success":true,"Data":{"Total":4000000,"List":[)" +
      items + "]}}";
  t.sim().faults().set({{"rules", json::array({rawRule(body)})}});
  Process p(binary(), {"--config", cfg, "--once"}, t.env(), t.dir().file("empty-items"));
  long peak = 0;
  while (p.running()) {
    peak = std::max(peak, peakRssMiB(p.pid()));
    std::this_thread::sleep_for(20ms);
  }
  EXPECT_EQ(p.wait(0ms), 1) << p.err();
  EXPECT_THAT(p.err(), HasSubstr("Data.List has more than 50 items"));
#if !defined(__SANITIZE_ADDRESS__)
  // Four responses of 12 MB in flight at most, each held once as text; no tree of 4M items.
  EXPECT_LT(peak, 96) << "MiB";
#endif
}

// Found by a review: a Total of 2,000 with empty pages behind it made the last pass fetch every
// page it claimed (202 requests at page size 10; about 500,000 at the largest Total accepted).
TEST_F(LyingApi, ATotalWithNothingBehindItCostsAFewRequests) {
  std::string items;
  for (int i = 0; i < 50; ++i) items += fmt::format(R"({}{{"GroupId":"G-{}"}})", i ? "," : "", i);
  const auto page = [](const std::string& list) {
    return R"({"RequestId":"RAW-2","Code":"OK","Success":true,"Data":{"Total":50000000,"List":[)" +
           list + "]}}";
  };
  t.sim().faults().set({{"rules", json::array({rawRule(page(items), 200, 1), rawRule(page(""))})}});
  t.sim().clearLog();
  const auto r = t.run({"--config", cfg, "--once"});
  EXPECT_NE(r.code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("an empty page before the end"));
  // Three passes (two restarts), each: page 1, the short page that ends it, and what the four
  // page fetchers had in flight then (a queue of four and one each in hand).
  EXPECT_LE(t.sim().log().size(), 3u * (2 + 4 + 4)) << r.err;
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM chat_group_changes WHERE change_type = "
                                   "'removed'"),
            0)
      << "an incomplete listing removes nothing";
}

// Found by a review: a 200 KB Code became a 200 KB error_code, metrics label and 2.4 MB of log
// in 6 s; a RequestId with "\n" forged a complete log line; CR and ESC reached the terminal.
TEST_F(LyingApi, AHugeCodeAndAForgingRequestIdLeaveBoundedEscapedMarks) {
  const std::string forged =
      "REQ-7\\n2026-12-05T08:00:00.000Z info run finished account=acme status=succeeded";
  const std::string body = R"({"RequestId":")" + forged + R"(","Code":"Forbidden.)" +
                           std::string(200'000, 'C') + R"(\u001b[2J","Message":"no\r\n)" +
                           std::string(200'000, 'M') + R"(","Success":false})";
  t.sim().faults().set({{"rules", json::array({rawRule(body, 403)})}});
  for (const char* format : {"text", "json"}) {
    SCOPED_TRACE(format);
    const auto r = t.run({"--config", cfg, "--once", "--log-format", format});
    EXPECT_EQ(r.code, 1) << r.err.substr(0, 2000);
    EXPECT_LT(r.err.size(), 32u << 10);
    std::istringstream lines(r.err);
    for (std::string line; std::getline(lines, line);) {
      EXPECT_THAT(line, Not(::testing::StartsWith("2026-12-05T08:00:00.000Z")));
      for (const char c : line) {
        EXPECT_FALSE(static_cast<unsigned char>(c) < 0x20 || c == 0x7f) << line.substr(0, 200);
      }
      if (std::string(format) == "json") {
        EXPECT_TRUE(json::accept(line)) << line.substr(0, 200);
      }
    }
    EXPECT_THAT(r.err, HasSubstr("REQ-7"));
  }
  const auto code = t.schema().scalar<std::string>("SELECT error_code FROM latest_sync_runs");
  EXPECT_LE(code.size(), 128u);
  EXPECT_THAT(code, ::testing::StartsWith("Forbidden.CCC"));
  EXPECT_LE(t.schema().scalar<int>("SELECT octet_length(error_message) FROM latest_sync_runs"),
            4096);
}

}  // namespace
}  // namespace cgs::testing
