#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <spdlog/common.h>

namespace cgs {

using JournalFields = std::vector<std::pair<std::string, std::string>>;

// Where structured log entries go when stderr is the journal. Thread-safe.
class JournalWriter {
 public:
  virtual ~JournalWriter() = default;
  // One entry: FIELD=value pairs (MESSAGE, PRIORITY, ...), names already journal-safe.
  virtual void send(const JournalFields& fields) = 0;
};

// libsystemd's sd_journal_sendv.
[[nodiscard]] std::shared_ptr<JournalWriter> systemdJournal();

// Whether `journal_stream` (the JOURNAL_STREAM variable systemd sets, "DEVICE:INODE") names the
// file `fd` is open on: then stderr is connected to the journal and entries should go there with
// their fields rather than as text lines.
[[nodiscard]] bool isJournalStream(const std::optional<std::string>& journal_stream, int fd);

// A log field's name as a journal field: upper case, [A-Z0-9_], not starting with "_", at most
// 64 bytes ("run_id" -> "RUN_ID").
[[nodiscard]] std::string journalFieldName(std::string_view key);

// The syslog priority of a level (err -> 3, warn -> 4, info -> 6, debug/trace -> 7).
[[nodiscard]] int syslogPriority(spdlog::level::level_enum level);

}  // namespace cgs
