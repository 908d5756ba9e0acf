#include "store/copy_writer.h"

#include <cstdint>
#include <cstring>

#include <pqxx/tablewriter>

namespace cgs {

namespace {

// What follows the backslash for a byte COPY's text format must escape; 0 for any other byte.
char escapeOf(char c) {
  switch (c) {
    case '\\':
      return '\\';
    case '\n':
      return 'n';
    case '\r':
      return 'r';
    case '\t':
      return 't';
    default:
      return 0;
  }
}

// Whether one of the eight bytes of `w` may need escaping: a backslash, or a byte below 14 (tab,
// newline and return are among them; the rest are looked at one at a time and left as they are).
bool mayNeedEscape(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101, kHigh = 0x8080808080808080;
  const std::uint64_t below14 = (w - kOnes * 14) & ~w & kHigh;
  const std::uint64_t b = w ^ (kOnes * static_cast<unsigned char>('\\'));
  const std::uint64_t backslash = (b - kOnes) & ~b & kHigh;
  return (below14 | backslash) != 0;
}

}  // namespace

void appendCopyText(std::string& out, std::string_view text) {
  std::size_t run = 0;  // start of the bytes not appended yet
  std::size_t i = 0;
  while (i < text.size()) {
    if (i + 8 <= text.size()) {  // eight bytes at a time while none needs a look
      std::uint64_t w = 0;
      std::memcpy(&w, text.data() + i, 8);
      if (!mayNeedEscape(w)) {
        i += 8;
        continue;
      }
    }
    if (const char escaped = escapeOf(text[i]); escaped != 0) {
      out.append(text.data() + run, i - run);
      out += '\\';
      out += escaped;
      run = i + 1;
    }
    ++i;
  }
  out.append(text.data() + run, text.size() - run);
}

// libpqxx 6.4 sends raw COPY data only through tablewriter, deprecated in favour of stream_to,
// whose raw write is private: the one use of it is here.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
CopyWriter::CopyWriter(pqxx::transaction_base& tx, const std::string& table,
                       const std::vector<std::string>& columns)
    : writer_(std::make_unique<pqxx::tablewriter>(tx, table, columns.begin(), columns.end())) {
  buffer_.reserve(kFlushBytes + kFlushBytes / 4);
}
#pragma GCC diagnostic pop

CopyWriter::~CopyWriter() noexcept = default;  // tablewriter's own destructor ends the COPY

void CopyWriter::separate() {
  if (row_open_) {
    buffer_ += '\t';
  } else {
    row_open_ = true;
  }
}

CopyWriter& CopyWriter::operator<<(std::string_view text) {
  separate();
  appendCopyText(buffer_, text);
  return *this;
}

CopyWriter& CopyWriter::null() {
  separate();
  buffer_ += "\\N";
  return *this;
}

void CopyWriter::endRow() {
  buffer_ += '\n';
  row_open_ = false;
  if (buffer_.size() >= kFlushBytes) flush();
}

void CopyWriter::flush() {
  if (buffer_.empty()) return;
  // Whole rows as one "line": write_raw_line ends it with the newline taken off here, and the
  // server reads COPY data as one stream whatever its pieces (the rows' other newlines are theirs).
  buffer_.pop_back();
  writer_->write_raw_line(buffer_);
  buffer_.clear();
}

void CopyWriter::complete() {
  flush();
  writer_->complete();
}

}  // namespace cgs
