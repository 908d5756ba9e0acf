#include "webhook/delivery_policy.h"

#include <algorithm>
#include <cctype>
#include <ctime>

#include <fmt/format.h>

namespace cgs {

DeliveryDecision decideDelivery(const DeliveryAttempt& attempt, int attempts, Millis age,
                                Millis max_age, double uniform) {
  const int s = attempt.http_status;
  if (s >= 200 && s < 300) return {DeliveryOutcome::kDelivered, Millis{0}, ""};
  const bool transient = s == 0 || s == 408 || s == 429 || s >= 500;
  if (!transient) {
    return {DeliveryOutcome::kDead, Millis{0},
            fmt::format("HTTP {}: the receiver refused the delivery", s)};
  }
  constexpr Millis kBase{1000};
  constexpr Millis kCap{10 * 60 * 1000};
  Millis ceiling = kBase;
  for (int i = 1; i < attempts && ceiling < kCap; ++i) ceiling *= 2;
  ceiling = std::min(ceiling, kCap);
  Millis wait{static_cast<Millis::rep>(static_cast<double>(ceiling.count()) * uniform)};
  if (attempt.retry_after) wait = std::max(*attempt.retry_after, Millis{1000});
  if (age + wait > max_age) {
    return {DeliveryOutcome::kDead, Millis{0},
            fmt::format("still failing after {} (max_age): {}", formatDuration(age + wait),
                        s == 0 ? attempt.error : fmt::format("HTTP {}", s))};
  }
  return {DeliveryOutcome::kRetry, wait, ""};
}

std::optional<Millis> parseRetryAfter(std::string_view value,
                                      std::chrono::system_clock::time_point now) {
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.front()))) {
    value.remove_prefix(1);
  }
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back()))) {
    value.remove_suffix(1);
  }
  if (value.empty()) return std::nullopt;
  if (std::all_of(value.begin(), value.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    if (value.size() > 9) return std::nullopt;
    return Millis{std::stoll(std::string(value)) * 1000};
  }
  std::tm tm{};
  const std::string text(value);
  const char* end = strptime(text.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &tm);
  if (end == nullptr || *end != '\0') return std::nullopt;
  const auto at = std::chrono::system_clock::from_time_t(timegm(&tm));
  return std::max(Millis{0}, std::chrono::duration_cast<Millis>(at - now));
}

}  // namespace cgs
