#include "store/copy_writer.h"

#include <pqxx/tablewriter>

namespace cgs {

void appendCopyText(std::string& out, std::string_view text) {
  std::size_t run = 0;  // start of the bytes not appended yet
  for (std::size_t i = 0; i < text.size(); ++i) {
    char escaped = 0;
    switch (text[i]) {
      case '\\':
        escaped = '\\';
        break;
      case '\n':
        escaped = 'n';
        break;
      case '\r':
        escaped = 'r';
        break;
      case '\t':
        escaped = 't';
        break;
      default:
        continue;
    }
    out.append(text.data() + run, i - run);
    out += '\\';
    out += escaped;
    run = i + 1;
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
