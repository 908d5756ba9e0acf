#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <variant>

#include "cams/http_transport.h"
#include "cams/list_chat_group.h"
#include "cams/list_chat_group_participants.h"
#include "cams/list_instance.h"
#include "cams/query_phone_numbers.h"
#include "cams/rate_limiter.h"
#include "cams/resolved_credentials.h"
#include "cams/retry_policy.h"
#include "logging/log.h"
#include "runtime/clock.h"
#include "runtime/random.h"
#include "runtime/stop_signal.h"

namespace cgs {

// What one HTTP attempt did, for logs, the run record and metrics.
struct AttemptRecord {
  std::string_view action;  // "ListChatGroup", "ListInstance", ...
  int page = 0;
  int attempt = 0;         // 1-based
  int http_status = 0;     // 0: no response
  std::string code;        // "OK" or the error code
  std::string request_id;  // empty when the response had none
  Millis latency{0};
  bool will_retry = false;

  [[nodiscard]] bool ok() const { return code == kOkCode; }
  static constexpr std::string_view kOkCode = "OK";
};
using AttemptObserver = std::function<void(const AttemptRecord&)>;

struct ApiClientOptions {
  std::string host;  // endpoint host[:port], sent as the Host header and signed
  int max_attempts = 5;
  Millis page_deadline{120'000};  // no retry starts after this much time on one page
  BackoffPolicy backoff;
};

// Calls one CAMS list action for one page with the retry policy: paced by the credential set's rate
// limiter, freshly signed (date + nonce) on every attempt, retried with full-jitter backoff while
// the error is retryable, attempts remain and the page deadline has not passed. Every attempt is
// logged (page, attempt, HTTP status, Code, RequestId, latency) and reported to `observer`.
// Not thread-safe (it owns one transport); the limiter, clock, random and stop are shared.
class ApiClient {
 public:
  ApiClient(HttpTransport& transport, RateLimiter& limiter, ResolvedCredentials credentials,
            Clock& clock, Random& random, const StopSignal& stop, ApiClientOptions options,
            Log log);

  [[nodiscard]] std::variant<ListChatGroupPage, ApiError> listChatGroupPage(
      const ListChatGroupParams& params, const AttemptObserver& observer);
  // One page of one group's members (ListChatGroupParticipants).
  [[nodiscard]] std::variant<ParticipantsPage, ApiError> listParticipantsPage(
      const ListParticipantsParams& params, const AttemptObserver& observer);
  // One page of the calling account's instances (ListInstance).
  [[nodiscard]] std::variant<InstancePage, ApiError> listInstancePage(
      const ListInstanceParams& params, const AttemptObserver& observer);
  // Every number of one customer space (QueryChatappPhoneNumbers: one response, no paging).
  [[nodiscard]] std::variant<PhoneNumbersPage, ApiError> queryPhoneNumbers(
      const std::string& cust_space_id, const AttemptObserver& observer);

 private:
  template <typename Page>
  using Parser = std::variant<Page, ApiError> (*)(int http_status, std::string_view body,
                                                  std::size_t max_items);

  // The retry loop around attempt(), for any action and its parser.
  template <typename Page>
  std::variant<Page, ApiError> call(std::string_view action, const QueryParams& query,
                                    int page_index, int page_size, Parser<Page> parse,
                                    const AttemptObserver& observer);
  // Waits for the credential set's next send slot, then sends; a slot that cannot be reserved
  // is a Quota.Unavailable error (retryable, nothing sent); a stop while waiting, Cancelled.
  template <typename Send>
  std::variant<HttpResponse, ApiError> paced(Send&& send);
  // One signed request: the response or the transport's error; fills the record's latency and
  // `date` with the x-acs-date it signed.
  std::variant<HttpResponse, ApiError> attempt(std::string_view action, const QueryParams& query,
                                               AttemptRecord& record, std::string& date);
  void logPage(const AttemptRecord& record, std::size_t items, std::int64_t total) const;
  void logFailure(const AttemptRecord& record, const ApiError& error, Millis wait) const;

  HttpTransport& transport_;
  RateLimiter& limiter_;
  ResolvedCredentials credentials_;
  Clock& clock_;
  Random& random_;
  const StopSignal& stop_;
  ApiClientOptions options_;
  Log log_;
};

}  // namespace cgs
