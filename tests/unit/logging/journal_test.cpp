#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <mutex>

#include "logging/journal.h"
#include "logging/logging_setup.h"

namespace cgs {
namespace {

using ::testing::HasSubstr;

class CapturedJournal final : public JournalWriter {
 public:
  void send(const JournalFields& fields) override {
    std::lock_guard lock(mutex_);
    entries.emplace_back(fields.begin(), fields.end());
  }
  std::vector<std::map<std::string, std::string>> entries;

 private:
  std::mutex mutex_;
};

TEST(Journal, StderrIsTheJournalWhenJournalStreamNamesItsFile) {
  char path[] = "/tmp/cgs-journal-XXXXXX";
  const int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  struct stat st {};
  ASSERT_EQ(fstat(fd, &st), 0);
  const std::string mine = std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino);
  EXPECT_TRUE(isJournalStream(mine, fd));
  EXPECT_FALSE(
      isJournalStream(std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino + 1), fd));
  EXPECT_FALSE(isJournalStream(std::nullopt, fd));
  EXPECT_FALSE(isJournalStream("", fd));
  EXPECT_FALSE(isJournalStream(mine + "x", fd));
  EXPECT_FALSE(isJournalStream("garbage", fd));
  close(fd);
  unlink(path);
}

TEST(Journal, FieldNamesAreJournalSafe) {
  EXPECT_EQ(journalFieldName("account"), "ACCOUNT");
  EXPECT_EQ(journalFieldName("run_id"), "RUN_ID");
  EXPECT_EQ(journalFieldName("latency-ms"), "LATENCY_MS");
  EXPECT_EQ(journalFieldName("_hidden"), "HIDDEN");
  EXPECT_EQ(journalFieldName("1st"), "F_1ST");
  EXPECT_EQ(journalFieldName(std::string(100, 'a')).size(), 64u);
}

TEST(Journal, EntriesCarryTheRunsFieldsAPriorityAndNoSecret) {
  auto journal = std::make_shared<CapturedJournal>();
  auto redactor = std::make_shared<Redactor>();
  redactor->add(Secret("super-secret-value-42"));
  LogOutput out;
  out.journal = journal;
  const Log log = makeLog(out, redactor).with("account", "acme-main").with("run_id", "r-1");
  log.event(spdlog::level::warn, "ListChatGroup attempt failed, retrying",
            {{"request_id", "REQ-9"},
             {"code", "Throttling.User"},
             {"error", "key super-secret-value-42 refused"}});
  log.debug("not at info level");
  log.info("run finished");
  ASSERT_EQ(journal->entries.size(), 2u);
  const auto& e = journal->entries[0];
  EXPECT_EQ(e.at("ACCOUNT"), "acme-main");
  EXPECT_EQ(e.at("RUN_ID"), "r-1");
  EXPECT_EQ(e.at("REQUEST_ID"), "REQ-9");
  EXPECT_EQ(e.at("ERROR_CODE"), "Throttling.User");
  EXPECT_EQ(e.at("PRIORITY"), "4");
  EXPECT_EQ(e.at("SYSLOG_IDENTIFIER"), "cams-groupsync");
  EXPECT_THAT(e.at("MESSAGE"),
              HasSubstr("ListChatGroup attempt failed, retrying account=acme-main"));
  for (const auto& [k, v] : e) EXPECT_EQ(v.find("super-secret-value-42"), std::string::npos) << k;
  EXPECT_EQ(journal->entries[1].at("PRIORITY"), "6");
  EXPECT_EQ(journal->entries[1].count("ERROR_CODE"), 0u);
}

TEST(Journal, FieldValuesAndTheMessageAreEscapedLikeTheLine) {
  auto journal = std::make_shared<CapturedJournal>();
  LogOutput out;
  out.journal = journal;
  const Log log = makeLog(out, std::make_shared<Redactor>());
  log.event(spdlog::level::err, "failed\r\nforged", {{"code", "X\x1b[2J"}, {"request_id", "R\n2"}});
  ASSERT_EQ(journal->entries.size(), 1u);
  for (const auto& [k, v] : journal->entries[0]) {
    for (const char c : v) EXPECT_FALSE(static_cast<unsigned char>(c) < 0x20 || c == 0x7f) << k;
  }
  EXPECT_EQ(journal->entries[0].at("ERROR_CODE"), "X\\x1b[2J");
  EXPECT_EQ(journal->entries[0].at("REQUEST_ID"), "R\\x0a2");
}

}  // namespace
}  // namespace cgs
