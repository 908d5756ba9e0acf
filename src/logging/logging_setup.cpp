#include "logging/logging_setup.h"

#include <mutex>
#include <vector>

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace cgs {
namespace {

constexpr const char* kTextPattern = "%Y-%m-%dT%H:%M:%S.%eZ %l %v";
constexpr const char* kJsonPattern = "{\"ts\":\"%Y-%m-%dT%H:%M:%S.%eZ\",\"level\":\"%l\",%v}";

// Masks every known secret in a line, then hands it to the real sinks (which format it).
class RedactingSink final : public spdlog::sinks::base_sink<std::mutex> {
 public:
  RedactingSink(std::vector<spdlog::sink_ptr> sinks, std::shared_ptr<Redactor> redactor)
      : sinks_(std::move(sinks)), redactor_(std::move(redactor)) {}

 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override {
    std::string payload(msg.payload.data(), msg.payload.size());
    redactor_->apply(payload);
    spdlog::details::log_msg copy = msg;
    copy.payload = payload;
    for (auto& s : sinks_) {
      if (s->should_log(copy.level)) s->log(copy);
    }
  }
  void flush_() override {
    for (auto& s : sinks_) s->flush();
  }
  void set_pattern_(const std::string& pattern) override {
    for (auto& s : sinks_) s->set_pattern(pattern);
  }
  void set_formatter_(std::unique_ptr<spdlog::formatter> f) override {
    for (auto& s : sinks_) s->set_formatter(f->clone());
  }

 private:
  std::vector<spdlog::sink_ptr> sinks_;
  std::shared_ptr<Redactor> redactor_;
};

Log build(const std::string& level, const std::string& format, std::vector<spdlog::sink_ptr> sinks,
          std::shared_ptr<Redactor> redactor, std::shared_ptr<JournalWriter> journal = nullptr) {
  auto sink = std::make_shared<RedactingSink>(std::move(sinks), redactor);
  auto logger = std::make_shared<spdlog::logger>("cams-groupsync", sink);
  const bool json = format == "json";
  logger->set_formatter(std::make_unique<spdlog::pattern_formatter>(
      json ? kJsonPattern : kTextPattern, spdlog::pattern_time_type::utc));
  logger->set_level(spdlog::level::from_str(level));
  logger->flush_on(spdlog::level::info);
  const auto f = json ? Log::Format::kJson : Log::Format::kText;
  return Log(std::move(logger), f, std::move(journal), std::move(redactor));
}

}  // namespace

Log makeLog(const LogOutput& output, std::shared_ptr<Redactor> redactor) {
  std::vector<spdlog::sink_ptr> sinks;
  if (!output.journal) sinks.push_back(std::make_shared<spdlog::sinks::stderr_sink_mt>());
  if (!output.file.empty()) {
    sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
        output.file, output.max_file_bytes, output.max_files));
  }
  return build(output.level, output.format, std::move(sinks), std::move(redactor), output.journal);
}

Log makeLogToSink(const std::string& level, const std::string& format, spdlog::sink_ptr sink,
                  std::shared_ptr<Redactor> redactor) {
  return build(level, format, {std::move(sink)}, std::move(redactor));
}

Log makeBootstrapLog(const std::string& level, const std::string& format,
                     std::shared_ptr<Redactor> redactor) {
  return build(level, format, {std::make_shared<spdlog::sinks::stderr_sink_mt>()},
               std::move(redactor));
}

}  // namespace cgs
