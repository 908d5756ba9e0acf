#include "sync/participant_policy.h"

#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>

#include "cams/retry_policy.h"
#include "common/crypto.h"

namespace cgs {

ParticipantFailure classifyParticipantFailure(const ApiError& e) {
  if (isAccessDenied(e)) return ParticipantFailure::kDenied;
  switch (e.kind) {
    case ApiErrorKind::kCancelled:
    case ApiErrorKind::kTransport:
      return ParticipantFailure::kStop;
    case ApiErrorKind::kMalformed:
      return ParticipantFailure::kSkipGroup;
    case ApiErrorKind::kGateway:
    case ApiErrorKind::kBusiness:
      break;
  }
  // Whatever the retry policy would retry failed every attempt: the API, not the group.
  if (isRetryable(e) || isThrottling(e) || e.http_status >= 500) return ParticipantFailure::kStop;
  // Gateway refusals of the request itself (signature, key, clock) fail every group alike.
  if (e.kind == ApiErrorKind::kGateway) return ParticipantFailure::kStop;
  return ParticipantFailure::kSkipGroup;
}

Millis participantBackoff(int denials, Millis refresh) {
  constexpr Millis kFirst{10 * 60 * 1000};
  Millis wait = kFirst;
  for (int i = 1; i < denials && wait < refresh; ++i) wait *= 2;
  return std::min(wait, refresh);
}

int memberPages(std::int64_t total, int page_size) {
  if (total <= 0) return 1;
  return static_cast<int>((total + page_size - 1) / page_size);
}

std::variant<std::vector<std::string>, std::string> completeMemberList(
    const std::vector<ParticipantsPage>& pages) {
  if (pages.empty()) return std::string("no page was listed");
  const std::int64_t total = pages.front().total;
  std::vector<std::string> numbers;
  std::unordered_set<std::string> seen;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const auto& page = pages[i];
    if (page.total != total) {
      return fmt::format("Data.Total changed between pages: {} on page 1, {} on page {}", total,
                         page.total, i + 1);
    }
    for (const auto& n : page.numbers) {
      if (!seen.insert(n).second) {
        return fmt::format("a ParticipantNumber is listed twice (page {})", i + 1);
      }
      numbers.push_back(n);
    }
  }
  if (static_cast<std::int64_t>(numbers.size()) != total) {
    return fmt::format("the pages list {} numbers but Data.Total is {}", numbers.size(), total);
  }
  return numbers;
}

std::string storedNumber(const std::optional<Secret>& key, const std::string& number) {
  if (!key) return number;
  return "hmac-sha256:" + hmacSha256Hex(key->reveal(), number);
}

}  // namespace cgs
