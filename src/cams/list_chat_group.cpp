#include "cams/list_chat_group.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <cstdint>
#include <ctime>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common/crypto.h"
#include "common/text_sanitizer.h"

namespace cgs {

using nlohmann::json;

std::string pageJson(int index, int size) {
  return fmt::format(R"({{"Index":{},"Size":{}}})", index, size);
}

QueryParams listChatGroupQuery(const ListChatGroupParams& p) {
  QueryParams q{{"BusinessNumber", p.business_number}, {"CustSpaceId", p.cust_space_id}};
  if (!p.channel_type.empty()) q.emplace_back("ChannelType", p.channel_type);
  if (!p.group_status.empty()) q.emplace_back("GroupStatus", p.group_status);
  if (!p.subject.empty()) q.emplace_back("Subject", p.subject);
  q.emplace_back("Page", pageJson(p.page_index, p.page_size));
  return q;
}

std::string formatAcsDate(std::chrono::system_clock::time_point t) {
  const std::time_t secs = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  std::array<char, 32> buf{};
  std::strftime(buf.data(), buf.size(), "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf.data();
}

HttpRequest buildSignedRequest(const QueryParams& query, std::string_view host,
                               std::string_view access_key_id, std::string_view access_key_secret,
                               std::string_view security_token, std::string_view date,
                               std::string_view nonce) {
  HttpRequest r;
  r.method = "POST";
  r.path = "/";
  r.query = query;
  r.headers = {
      {"host", std::string(host)},
      {"x-acs-action", std::string(kListChatGroupAction)},
      {"x-acs-version", std::string(kCamsApiVersion)},
      {"x-acs-date", std::string(date)},
      {"x-acs-signature-nonce", std::string(nonce)},
      {"x-acs-content-sha256", sha256Hex("")},
  };
  if (!security_token.empty()) {
    r.headers.emplace_back("x-acs-security-token", std::string(security_token));
  }
  const Acs3Signature sig = signAcs3(r, access_key_id, access_key_secret);
  r.headers.emplace_back("Authorization", sig.authorization);
  return r;
}

namespace {

// NUL becomes U+FFFD (PostgreSQL text cannot hold it); the parser has already refused invalid
// UTF-8, so that is the only repair repairText makes here.
std::string withoutNul(const std::string& s) { return repairText(s).value_or(s); }

// PostgreSQL text and jsonb cannot hold U+0000: replace it in every string and key.
void sanitize(json& j) {
  if (j.is_string()) {
    auto& s = j.get_ref<std::string&>();
    if (auto fixed = repairText(s)) s = std::move(*fixed);
  } else if (j.is_array()) {
    for (auto& e : j) sanitize(e);
  } else if (j.is_object()) {
    bool bad_key = false;
    for (auto it = j.begin(); it != j.end(); ++it) {
      bad_key = bad_key || it.key().find('\0') != std::string::npos;
      sanitize(it.value());
    }
    if (bad_key) {
      json fixed = json::object();
      for (auto it = j.begin(); it != j.end(); ++it) fixed[withoutNul(it.key())] = it.value();
      j = std::move(fixed);
    }
  }
}

std::string typeName(const json& j) {
  if (j.is_number_integer()) return "an integer";
  if (j.is_number()) return "a number";
  if (j.is_string()) return "a string";
  if (j.is_boolean()) return "a boolean";
  if (j.is_null()) return "null";
  if (j.is_array()) return "an array";
  return "an object";
}

ApiError malformed(int status, std::string request_id, std::string message) {
  ApiError e;
  e.kind = ApiErrorKind::kMalformed;
  e.code = "Response.Malformed";
  e.message = std::move(message);
  e.request_id = std::move(request_id);
  e.http_status = status;
  return e;
}

std::optional<std::string> stringField(const json& item, const char* key, std::string& problem) {
  const auto it = item.find(key);
  if (it == item.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) {
    problem = fmt::format("{}: expected a string, got {}", key, typeName(*it));
    return std::nullopt;
  }
  return it->get<std::string>();
}

std::string stringOr(const json& obj, const char* key) {
  const auto it = obj.find(key);
  if (it != obj.end() && it->is_string()) return it->get<std::string>();
  if (it != obj.end() && it->is_number()) return it->dump();
  return {};
}

struct TooDeep {};

// Parses JSON, remembering the first key that appears twice in one object (nlohmann would keep
// the last silently, and a response we cannot read one way is not one to trust).
json parseRejectingDuplicates(std::string_view body, std::string& duplicate) {
  std::vector<std::vector<std::string>> keys;  // one list per open object; objects are small
  const json::parser_callback_t callback = [&](int depth, json::parse_event_t event, json& parsed) {
    // Serialising and sanitising recurse, so depth is bounded before anything else sees it.
    if (depth > kMaxJsonDepth) throw TooDeep{};
    switch (event) {
      case json::parse_event_t::object_start:
        keys.emplace_back();
        break;
      case json::parse_event_t::object_end:
        keys.pop_back();
        break;
      case json::parse_event_t::key: {
        auto& seen = keys.back();
        const auto& k = parsed.get_ref<const std::string&>();
        if (duplicate.empty() && std::find(seen.begin(), seen.end(), k) != seen.end()) {
          duplicate = k;
        }
        seen.push_back(k);
        break;
      }
      default:
        break;
    }
    return true;
  };
  return json::parse(body, callback);
}

// The body as a JSON object, or why it is not one.
std::variant<json, ApiError> parseDocument(int http_status, std::string_view body) {
  json doc;
  std::string duplicate;
  try {
    doc = parseRejectingDuplicates(body, duplicate);
  } catch (const TooDeep&) {
    return malformed(http_status, "",
                     fmt::format("the body is nested deeper than {} levels", kMaxJsonDepth));
  } catch (const json::exception& e) {
    std::string snippet(body.substr(0, 60));
    for (char& c : snippet) {
      if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) c = '?';
    }
    std::string why = e.what();
    if (const auto cut = why.find(" - "); cut != std::string::npos) why = why.substr(cut + 3);
    if (const auto cut = why.find("; last read"); cut != std::string::npos) why.resize(cut);
    ApiError err =
        malformed(http_status, "",
                  fmt::format("the body is not valid JSON: {} ({} bytes, starting \"{}\")", why,
                              body.size(), snippet));
    err.code = "Response.NotJson";
    return err;
  }
  if (!duplicate.empty()) {
    return malformed(http_status, stringOr(doc, "RequestId"),
                     fmt::format("the object key \"{}\" appears twice", withoutNul(duplicate)));
  }
  if (!doc.is_object()) {
    return malformed(http_status, "", fmt::format("expected a JSON object, got {}", typeName(doc)));
  }
  return doc;
}

// The gateway's or the product's refusal, when the response is one.
std::optional<ApiError> refusal(int http_status, const json& doc, const std::string& request_id) {
  const std::string code = withoutNul(stringOr(doc, "Code"));
  const auto success = doc.find("Success");
  const bool failed_flag = success != doc.end() && !(success->is_boolean() && success->get<bool>());
  if (http_status == 200 && (code.empty() || code == "OK") && !failed_flag) return std::nullopt;
  ApiError e;
  e.kind = (http_status != 200 && success == doc.end()) ? ApiErrorKind::kGateway
                                                        : ApiErrorKind::kBusiness;
  e.code = code.empty() ? fmt::format("HTTP.{}", http_status) : code;
  e.message = withoutNul(stringOr(doc, "Message"));
  if (e.message.empty() || e.message == "None") {
    e.message =
        http_status != 200 ? fmt::format("HTTP status {}", http_status) : "Success is false";
  }
  e.request_id = request_id;
  e.http_status = http_status;
  return e;
}

// Data.Total, checked; or what is wrong with it.
std::variant<std::int64_t, std::string> parseTotal(const json& data) {
  const auto total = data.find("Total");
  if (total == data.end()) return std::string("Data.Total is missing");
  if (!total->is_number_integer()) {
    return fmt::format("Data.Total: expected an integer, got {}", typeName(*total));
  }
  if (total->is_number_unsigned()
          ? total->get<std::uint64_t>() > kMaxTotal
          : (total->get<std::int64_t>() < 0 || total->get<std::int64_t>() > kMaxTotal)) {
    return fmt::format("Data.Total: {} is outside 0..{}", total->dump(), kMaxTotal);
  }
  return total->get<std::int64_t>();
}

// Whether a typed field's value is one its column takes (null counts as absent).
bool fitsColumn(const json& v, ItemFieldType type) {
  if (v.is_null()) return true;
  if (type == ItemFieldType::kString) return v.is_string();
  const bool int32 = type == ItemFieldType::kInt32;
  if (v.is_number_unsigned()) {
    return v.get<std::uint64_t>() <= (int32 ? std::uint64_t{INT32_MAX} : std::uint64_t{INT64_MAX});
  }
  if (v.is_number_integer()) {
    const std::int64_t n = v.get<std::int64_t>();
    return !int32 || (n >= INT32_MIN && n <= INT32_MAX);
  }
  if (!v.is_number_float()) return false;
  const double d = v.get<double>();  // a whole value in range: 12.0 is 12
  if (!std::isfinite(d) || d != std::trunc(d)) return false;
  return int32 ? (d >= INT32_MIN && d <= INT32_MAX) : (d >= -0x1p63 && d < 0x1p63);
}

void noteMistyped(const json& item, const std::string& group_id, std::vector<MistypedField>& out) {
  for (const auto& f : kTypedItemFields) {
    const auto it = item.find(std::string(f.name));
    if (it != item.end() && !fitsColumn(*it, f.type)) out.push_back({f.name, group_id});
  }
}

// Item `i` of Data.List as a group; or what is wrong with it.
std::variant<ChatGroup, std::string> parseItem(json& item, std::size_t i) {
  if (!item.is_object()) {
    return fmt::format("Data.List[{}]: expected an object, got {}", i, typeName(item));
  }
  sanitize(item);
  ChatGroup g;
  std::string problem;
  auto id = stringField(item, "GroupId", problem);
  if (!problem.empty() || !id || id->empty()) {
    return fmt::format("Data.List[{}]: {}", i,
                       problem.empty() ? "GroupId is missing or empty" : problem);
  }
  if (id->size() > kMaxGroupIdBytes) {
    return fmt::format("Data.List[{}]: GroupId is {} bytes long (at most {})", i, id->size(),
                       kMaxGroupIdBytes);
  }
  g.group_id = std::move(*id);
  g.subject = stringField(item, "Subject", problem);
  g.description = stringField(item, "Description", problem);
  g.invite_link = stringField(item, "InviteLink", problem);
  g.group_status = stringField(item, "GroupStatus", problem);
  g.profile_picture_file = stringField(item, "ProfilePictureFile", problem);
  if (!problem.empty())
    return fmt::format("Data.List[{}] (GroupId {}): {}", i, g.group_id, problem);
  g.raw = item.dump();
  return g;
}

}  // namespace

std::variant<ListChatGroupPage, ApiError> parseListChatGroupResponse(int http_status,
                                                                     std::string_view body) {
  auto parsed = parseDocument(http_status, body);
  if (auto* e = std::get_if<ApiError>(&parsed)) return std::move(*e);
  json& doc = std::get<json>(parsed);
  std::string request_id;
  if (const auto it = doc.find("RequestId"); it != doc.end() && it->is_string()) {
    request_id = withoutNul(it->get<std::string>());
  }
  if (auto e = refusal(http_status, doc, request_id)) return std::move(*e);
  if (request_id.empty()) return malformed(http_status, "", "the response has no RequestId");
  const auto bad = [&](std::string message) {
    return malformed(http_status, request_id, std::move(message));
  };
  const auto data = doc.find("Data");
  if (data == doc.end()) return bad("Data is missing");
  if (!data->is_object())
    return bad(fmt::format("Data: expected an object, got {}", typeName(*data)));
  ListChatGroupPage page;
  page.request_id = request_id;
  const auto total = parseTotal(*data);
  if (const auto* why = std::get_if<std::string>(&total)) return bad(*why);
  page.total = std::get<std::int64_t>(total);
  const auto list = data->find("List");
  if (list == data->end() || list->is_null()) {
    if (page.total == 0) return page;
    return bad(fmt::format("Data.List is missing but Data.Total is {}", page.total));
  }
  if (!list->is_array()) {
    return bad(fmt::format("Data.List: expected an array, got {}", typeName(*list)));
  }
  page.groups.reserve(list->size());
  for (std::size_t i = 0; i < list->size(); ++i) {
    auto item = parseItem((*list)[i], i);
    if (const auto* why = std::get_if<std::string>(&item)) return bad(*why);
    noteMistyped((*list)[i], std::get<ChatGroup>(item).group_id, page.mistyped);
    page.groups.push_back(std::move(std::get<ChatGroup>(item)));
  }
  return page;
}

}  // namespace cgs
