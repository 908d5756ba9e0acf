#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <pqxx/transaction_base>

namespace pqxx {
class tablewriter;
}

namespace cgs {

// A COPY ... FROM STDIN in text format, written a buffer at a time: each field is escaped in runs
// straight into one buffer (the escapes COPY needs: backslash, newline, carriage return, tab), and
// the buffer goes to the server whenever it holds kFlushBytes, as one piece of COPY data.
// pqxx::stream_to escapes a field a byte at a time into strings of its own and sends a line at a
// time: it was 15% of the daemon's time in a first sync (bench/README.md, issue 28).
// Text only: a field is text or NULL; the caller prints other types as COPY reads them.
class CopyWriter {
 public:
  static constexpr std::size_t kFlushBytes = 64 * 1024;

  // Starts COPY `table` (`columns`) FROM STDIN in `tx`.
  CopyWriter(pqxx::transaction_base& tx, const std::string& table,
             const std::vector<std::string>& columns);
  // A COPY not completed is ended (the transaction must then be rolled back).
  ~CopyWriter() noexcept;
  CopyWriter(const CopyWriter&) = delete;
  CopyWriter& operator=(const CopyWriter&) = delete;

  // The row's next field.
  CopyWriter& operator<<(std::string_view text);
  // The row's next field, NULL.
  CopyWriter& null();
  void endRow();
  // Sends what is buffered and ends the COPY; throws what the server said.
  void complete();

 private:
  void separate();
  void flush();

  std::unique_ptr<pqxx::tablewriter> writer_;
  std::string buffer_;
  bool row_open_ = false;
};

// `text` escaped for a field of COPY's text format, appended to `out`.
void appendCopyText(std::string& out, std::string_view text);

}  // namespace cgs
