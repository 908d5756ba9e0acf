#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "cams/api_error.h"
#include "cams/list_chat_group_participants.h"
#include "common/duration.h"
#include "common/secret.h"

namespace cgs {

// The rules of a member refresh, pure so they are tested without a server.

// What a participant request's final failure means for the rest of the run's refresh:
//   kDenied: the key may not call the action, or the API is not enabled for the account
//            (isAccessDenied): stop, and back off the account's participant requests;
//   kStop:   the API is in trouble (transport errors, throttling or 5xx after the retries) or
//            the daemon is stopping: stop for this run, try again next run;
//   kSkipGroup: this group's answer is unusable (an unknown group, a malformed response): leave
//            the group as it is and go on with the next.
enum class ParticipantFailure { kDenied, kStop, kSkipGroup };
[[nodiscard]] ParticipantFailure classifyParticipantFailure(const ApiError& error);

// How long an account waits for its next participant request after `denials` consecutive
// denials (>= 1): 10 minutes, doubling with each further denial, never longer than `refresh`.
[[nodiscard]] Millis participantBackoff(int denials, Millis refresh);

// A group's member list, all pages of it, checked: every page reports the same Total, no number
// appears twice, and the pages hold exactly Total numbers. The numbers, or why the listing is
// inconsistent (the message never contains a number).
[[nodiscard]] std::variant<std::vector<std::string>, std::string> completeMemberList(
    const std::vector<ParticipantsPage>& pages);

// Pages a group's member list needs at `page_size` (at least 1).
[[nodiscard]] int memberPages(std::int64_t total, int page_size);

// The value the mirror stores for a number: "hmac-sha256:<hex of HMAC-SHA256(key, number)>" with
// a key (same key, same value: joins and leaves still match), the number itself without one.
[[nodiscard]] std::string storedNumber(const std::optional<Secret>& key, const std::string& number);

}  // namespace cgs
