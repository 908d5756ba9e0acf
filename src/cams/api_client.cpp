#include "cams/api_client.h"

#include <fmt/format.h>

#include "common/crypto.h"

namespace cgs {

ApiClient::ApiClient(HttpTransport& transport, RateLimiter& limiter,
                     ResolvedCredentials credentials, Clock& clock, Random& random,
                     const StopSignal& stop, ApiClientOptions options, Log log)
    : transport_(transport),
      limiter_(limiter),
      credentials_(std::move(credentials)),
      clock_(clock),
      random_(random),
      stop_(stop),
      options_(std::move(options)),
      log_(std::move(log)) {}

namespace {

ApiError cancelled() {
  ApiError e;
  e.kind = ApiErrorKind::kCancelled;
  e.code = "Cancelled";
  e.message = "the daemon is stopping";
  return e;
}

// The request was not sent: no slot of the shared quota could be reserved.
ApiError quotaUnavailable(const QuotaUnavailable& e) {
  ApiError out;
  out.kind = ApiErrorKind::kTransport;
  out.code = "Quota.Unavailable";
  out.message = std::string("no send slot of the shared API quota: ") + e.what();
  out.cause = e.cause();
  return out;
}

std::size_t itemCount(const ListChatGroupPage& page) { return page.groups.size(); }
std::size_t itemCount(const ParticipantsPage& page) { return page.numbers.size(); }
std::size_t itemCount(const InstancePage& page) { return page.instances.size(); }
std::size_t itemCount(const PhoneNumbersPage& page) { return page.numbers.size(); }

}  // namespace

template <typename Send>
std::variant<HttpResponse, ApiError> ApiClient::paced(Send&& send) {
  for (int missed = 0;; ++missed) {
    SteadyTime at;
    try {
      at = limiter_.reserve(clock_.now());
    } catch (const QuotaUnavailable& e) {
      return quotaUnavailable(e);
    }
    if (!clock_.sleepUntil(at, stop_)) return cancelled();
    const SteadyTime woke = clock_.now();
    if (RateLimiter::onTime(at, woke) || missed == RateLimiter::kMaxMissedSlots) break;
    log_.event(
        spdlog::level::debug, "send slot missed (the process was not scheduled in time)",
        {{"late_ms", std::to_string(std::chrono::duration_cast<Millis>(woke - at).count())}});
  }
  return send();
}

std::variant<HttpResponse, ApiError> ApiClient::attempt(std::string_view action,
                                                        const QueryParams& query,
                                                        AttemptRecord& record, std::string& date) {
  date = formatAcsDate(clock_.wallNow());
  const HttpRequest request =
      buildSignedRequest(action, query, options_.host, credentials_.access_key_id,
                         credentials_.access_key_secret.reveal(),
                         credentials_.security_token.reveal(), date, randomHex(16));
  const SteadyTime started = clock_.now();
  auto sent = transport_.send(request);
  record.latency = std::chrono::duration_cast<Millis>(clock_.now() - started);
  return sent;
}

void ApiClient::logPage(const AttemptRecord& record, std::size_t items, std::int64_t total) const {
  log_.event(spdlog::level::debug, fmt::format("{} page fetched", record.action),
             {{"page", std::to_string(record.page)},
              {"attempt", std::to_string(record.attempt)},
              {"http_status", std::to_string(record.http_status)},
              {"code", "OK"},
              {"request_id", record.request_id},
              {"latency_ms", std::to_string(record.latency.count())},
              {"items", std::to_string(items)},
              {"total", std::to_string(total)}});
}

void ApiClient::logFailure(const AttemptRecord& record, const ApiError& error, Millis wait) const {
  log_.event(
      record.will_retry ? spdlog::level::warn : spdlog::level::err,
      fmt::format("{} attempt failed{}", record.action, record.will_retry ? ", retrying" : ""),
      {{"page", std::to_string(record.page)},
       {"attempt", std::to_string(record.attempt)},
       {"http_status", std::to_string(error.http_status)},
       {"code", error.code},
       {"request_id", error.request_id.empty() ? "-" : error.request_id},
       {"latency_ms", std::to_string(record.latency.count())},
       {"retry_in_ms", record.will_retry ? std::to_string(wait.count()) : "-"},
       {"error", error.message}});
}

template <typename Page>
std::variant<Page, ApiError> ApiClient::call(std::string_view action, const QueryParams& query,
                                             int page_index, int page_size, Parser<Page> parse,
                                             const AttemptObserver& observer) {
  const SteadyTime deadline = clock_.now() + options_.page_deadline;
  for (int n = 1;; ++n) {
    AttemptRecord record{action, page_index, n,    0, std::string(AttemptRecord::kOkCode),
                         "",     Millis{0},  false};
    std::string date;
    auto sent = paced([&] { return attempt(action, query, record, date); });
    std::variant<Page, ApiError> result = cancelled();
    if (auto* response = std::get_if<HttpResponse>(&sent)) {
      record.http_status = response->status;
      result = parse(response->status, response->body, static_cast<std::size_t>(page_size));
    } else {
      result = std::move(std::get<ApiError>(sent));
    }
    if (auto* page = std::get_if<Page>(&result)) {
      record.request_id = page->request_id;
      limiter_.onSuccess();
      observer(record);
      logPage(record, itemCount(*page), page->total);
      return result;
    }
    auto& error = std::get<ApiError>(result);
    if (error.kind == ApiErrorKind::kCancelled) return result;
    if (error.family() == CodeFamily::kInvalidTimeStamp) {
      // The gateway allows 15 minutes of skew: say what our clock said, so NTP is the next look.
      error.message += " (this host signed with x-acs-date " + date + "; check its clock)";
    }
    if (isThrottling(error)) {
      try {
        limiter_.onThrottled(clock_.now());
      } catch (const QuotaUnavailable&) {
        // This process has paused; the next reservation reports the ledger's trouble.
      }
    }
    record.code = error.code;
    record.request_id = error.request_id;
    const Millis wait = backoffDelay(n, error, random_.uniform(), options_.backoff);
    record.will_retry = isRetryable(error) && n < options_.max_attempts &&
                        clock_.now() + wait < deadline && !stop_.stopped();
    observer(record);
    logFailure(record, error, wait);
    if (!record.will_retry) return result;
    if (!clock_.sleepUntil(clock_.now() + wait, stop_)) return cancelled();
  }
}

std::variant<ListChatGroupPage, ApiError> ApiClient::listChatGroupPage(
    const ListChatGroupParams& params, const AttemptObserver& observer) {
  return call<ListChatGroupPage>(kListChatGroupAction, listChatGroupQuery(params),
                                 params.page_index, params.page_size, &parseListChatGroupResponse,
                                 observer);
}

std::variant<ParticipantsPage, ApiError> ApiClient::listParticipantsPage(
    const ListParticipantsParams& params, const AttemptObserver& observer) {
  return call<ParticipantsPage>(kListChatGroupParticipantsAction, listParticipantsQuery(params),
                                params.page_index, params.page_size, &parseListParticipantsResponse,
                                observer);
}

std::variant<InstancePage, ApiError> ApiClient::listInstancePage(const ListInstanceParams& params,
                                                                 const AttemptObserver& observer) {
  return call<InstancePage>(kListInstanceAction, listInstanceQuery(params), params.page_index,
                            params.page_size, &parseListInstanceResponse, observer);
}

std::variant<PhoneNumbersPage, ApiError> ApiClient::queryPhoneNumbers(
    const std::string& cust_space_id, const AttemptObserver& observer) {
  return call<PhoneNumbersPage>(kQueryPhoneNumbersAction, queryPhoneNumbersQuery(cust_space_id), 1,
                                static_cast<int>(kMaxPhoneNumbersPerSpace),
                                &parseQueryPhoneNumbersResponse, observer);
}

}  // namespace cgs
