#include "cams/response_document.h"

#include <algorithm>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "common/text_sanitizer.h"

namespace cgs {

using nlohmann::json;

// NUL becomes U+FFFD (PostgreSQL text cannot hold it); the parser has already refused invalid
// UTF-8, so that is the only repair repairText makes here.
std::string withoutNul(const std::string& s) { return repairText(s).value_or(s); }

void sanitizeJson(json& j) {
  if (j.is_string()) {
    auto& s = j.get_ref<std::string&>();
    if (auto fixed = repairText(s)) s = std::move(*fixed);
  } else if (j.is_array()) {
    for (auto& e : j) sanitizeJson(e);
  } else if (j.is_object()) {
    bool bad_key = false;
    for (auto it = j.begin(); it != j.end(); ++it) {
      bad_key = bad_key || it.key().find('\0') != std::string::npos;
      sanitizeJson(it.value());
    }
    if (bad_key) {
      json fixed = json::object();
      for (auto it = j.begin(); it != j.end(); ++it) fixed[withoutNul(it.key())] = it.value();
      j = std::move(fixed);
    }
  }
}

std::string jsonTypeName(const json& j) {
  if (j.is_number_integer()) return "an integer";
  if (j.is_number()) return "a number";
  if (j.is_string()) return "a string";
  if (j.is_boolean()) return "a boolean";
  if (j.is_null()) return "null";
  if (j.is_array()) return "an array";
  return "an object";
}

ApiError malformedResponse(int status, std::string request_id, std::string message) {
  ApiError e;
  e.kind = ApiErrorKind::kMalformed;
  e.code = "Response.Malformed";
  e.message = std::move(message);
  e.request_id = std::move(request_id);
  e.http_status = status;
  return e;
}

namespace {

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
    return malformedResponse(
        http_status, "", fmt::format("the body is nested deeper than {} levels", kMaxJsonDepth));
  } catch (const json::exception& e) {
    std::string snippet(body.substr(0, 60));
    for (char& c : snippet) {
      if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) c = '?';
    }
    std::string why = e.what();
    if (const auto cut = why.find(" - "); cut != std::string::npos) why = why.substr(cut + 3);
    if (const auto cut = why.find("; last read"); cut != std::string::npos) why.resize(cut);
    ApiError err =
        malformedResponse(http_status, "",
                          fmt::format("the body is not valid JSON: {} ({} bytes, starting \"{}\")",
                                      why, body.size(), snippet));
    err.code = "Response.NotJson";
    return err;
  }
  if (!duplicate.empty()) {
    return malformedResponse(
        http_status, stringOr(doc, "RequestId"),
        fmt::format("the object key \"{}\" appears twice", withoutNul(duplicate)));
  }
  if (!doc.is_object()) {
    return malformedResponse(http_status, "",
                             fmt::format("expected a JSON object, got {}", jsonTypeName(doc)));
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
    return fmt::format("Data.Total: expected an integer, got {}", jsonTypeName(*total));
  }
  if (total->is_number_unsigned()
          ? total->get<std::uint64_t>() > kMaxTotal
          : (total->get<std::int64_t>() < 0 || total->get<std::int64_t>() > kMaxTotal)) {
    return fmt::format("Data.Total: {} is outside 0..{}", total->dump(), kMaxTotal);
  }
  return total->get<std::int64_t>();
}

}  // namespace

std::variant<ResponseData, ApiError> readListResponse(int http_status, std::string_view body) {
  auto parsed = parseDocument(http_status, body);
  if (auto* e = std::get_if<ApiError>(&parsed)) return std::move(*e);
  ResponseData out;
  out.document = std::move(std::get<json>(parsed));
  json& doc = out.document;
  if (const auto it = doc.find("RequestId"); it != doc.end() && it->is_string()) {
    out.request_id = withoutNul(it->get<std::string>());
  }
  if (auto e = refusal(http_status, doc, out.request_id)) return std::move(*e);
  if (out.request_id.empty()) {
    return malformedResponse(http_status, "", "the response has no RequestId");
  }
  const auto bad = [&](std::string message) {
    return malformedResponse(http_status, out.request_id, std::move(message));
  };
  const auto data = doc.find("Data");
  if (data == doc.end()) return bad("Data is missing");
  if (!data->is_object()) {
    return bad(fmt::format("Data: expected an object, got {}", jsonTypeName(*data)));
  }
  const auto total = parseTotal(*data);
  if (const auto* why = std::get_if<std::string>(&total)) return bad(*why);
  out.total = std::get<std::int64_t>(total);
  const auto list = data->find("List");
  if (list == data->end() || list->is_null()) {
    if (out.total == 0) {
      out.list = json::array();
      return out;
    }
    return bad(fmt::format("Data.List is missing but Data.Total is {}", out.total));
  }
  if (!list->is_array()) {
    return bad(fmt::format("Data.List: expected an array, got {}", jsonTypeName(*list)));
  }
  out.list = std::move(*list);
  return out;
}

}  // namespace cgs
