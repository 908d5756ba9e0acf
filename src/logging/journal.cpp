#include "logging/journal.h"

#include <sys/stat.h>
#include <sys/uio.h>
#include <systemd/sd-journal.h>

#include <cctype>
#include <cstdio>

namespace cgs {
namespace {

class SystemdJournal final : public JournalWriter {
 public:
  void send(const JournalFields& fields) override {
    std::vector<std::string> lines;
    lines.reserve(fields.size());
    std::vector<iovec> iov;
    iov.reserve(fields.size());
    for (const auto& [name, value] : fields) lines.push_back(name + "=" + value);
    for (auto& l : lines) iov.push_back({l.data(), l.size()});
    (void)sd_journal_sendv(iov.data(), static_cast<int>(iov.size()));
  }
};

}  // namespace

std::shared_ptr<JournalWriter> systemdJournal() { return std::make_shared<SystemdJournal>(); }

bool isJournalStream(const std::optional<std::string>& journal_stream, int fd) {
  if (!journal_stream || journal_stream->empty()) return false;
  unsigned long long device = 0;
  unsigned long long inode = 0;
  char extra = 0;
  if (std::sscanf(journal_stream->c_str(), "%llu:%llu%c", &device, &inode, &extra) != 2) {
    return false;
  }
  struct stat st {};
  if (fstat(fd, &st) != 0) return false;
  return static_cast<unsigned long long>(st.st_dev) == device &&
         static_cast<unsigned long long>(st.st_ino) == inode;
}

std::string journalFieldName(std::string_view key) {
  std::string out;
  for (const char c : key) {
    const auto u = static_cast<unsigned char>(c);
    out += std::isalnum(u) ? static_cast<char>(std::toupper(u)) : '_';
  }
  while (!out.empty() && out.front() == '_') out.erase(0, 1);
  if (out.empty() || std::isdigit(static_cast<unsigned char>(out.front()))) out = "F_" + out;
  if (out.size() > 64) out.resize(64);
  return out;
}

int syslogPriority(spdlog::level::level_enum level) {
  switch (level) {
    case spdlog::level::critical:
      return 2;
    case spdlog::level::err:
      return 3;
    case spdlog::level::warn:
      return 4;
    case spdlog::level::info:
      return 6;
    default:
      return 7;
  }
}

}  // namespace cgs
