#include "cams/response_document.h"

#include <array>
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
    if (s.find('\0') != std::string::npos) s = withoutNul(s);
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

std::optional<std::string> optionalString(const json& item, const char* key, std::string& problem) {
  const auto it = item.find(key);
  if (it == item.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) {
    if (problem.empty()) {
      problem = fmt::format("{}: expected a string, got {}", key, jsonTypeName(*it));
    }
    return std::nullopt;
  }
  return it->get<std::string>();
}

std::string requiredKey(const json& item, const char* key, std::size_t max_bytes,
                        std::string& problem) {
  if (!problem.empty()) return {};
  auto value = optionalString(item, key, problem);
  if (!problem.empty()) return {};
  if (!value || value->empty()) {
    problem = fmt::format("{} is missing or empty", key);
    return {};
  }
  if (value->size() > max_bytes) {
    problem = fmt::format("{} is {} bytes long (at most {})", key, value->size(), max_bytes);
    return {};
  }
  return std::move(*value);
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
struct TooLong {};

// Builds the document from nlohmann's SAX events, remembering the first key that appears twice in
// one object (nlohmann would keep the last silently, and a response we cannot read one way is not
// one to trust) and refusing nesting deeper than kMaxJsonDepth before anything recursive sees it.
// Unlike a parser callback it copies no key and calls nothing per event.
class StrictDomBuilder {
 public:
  StrictDomBuilder(json& root, std::size_t max_items, const ListShape& shape)
      : root_(root), max_items_(max_items), shape_(shape) {}

  bool null() { return put(nullptr); }
  bool boolean(bool v) { return put(v); }
  bool number_integer(json::number_integer_t v) { return put(v); }
  bool number_unsigned(json::number_unsigned_t v) { return put(v); }
  bool number_float(json::number_float_t v, const json::string_t& /*text*/) { return put(v); }
  bool string(json::string_t& v) { return put(std::move(v)); }
  bool binary(json::binary_t& v) { return put(std::move(v)); }
  bool start_object(std::size_t /*size*/) { return open(json::object()); }
  bool start_array(std::size_t /*size*/) { return open(json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool key(json::string_t& k) {
    // The list is the container's member (the container the root's, or the root itself).
    if (open_.size() == 1) {
      path_[0] = shape_.container.empty() ? k == shape_.list : k == shape_.container;
    }
    if (open_.size() == 2) path_[1] = k == shape_.list;
    json& object = *open_.back();
    const auto [it, inserted] = object.get_ref<json::object_t&>().try_emplace(std::move(k));
    if (!inserted && duplicate_.empty()) duplicate_ = it->first;
    slot_ = &it->second;  // a repeated key's later value wins, as in nlohmann's own parser
    return true;
  }
  bool parse_error(std::size_t /*position*/, const std::string& /*token*/,
                   const nlohmann::json::exception& e) {
    error_ = e.what();
    return false;
  }

  [[nodiscard]] const std::string& duplicate() const { return duplicate_; }
  [[nodiscard]] const std::string& error() const { return error_; }

 private:
  // Where the next value goes: the root, the end of the open array, or the slot of the last key.
  json* place(json&& v) {
    if (open_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    json& parent = *open_.back();
    if (parent.is_array()) {
      auto& items = parent.get_ref<json::array_t&>();
      if (&parent == list_ && items.size() >= max_items_) throw TooLong{};
      return &items.emplace_back(std::move(v));
    }
    *slot_ = std::move(v);
    return slot_;
  }
  bool put(json&& v) {
    place(std::move(v));
    return true;
  }
  bool open(json&& container) {
    if (open_.size() > static_cast<std::size_t>(kMaxJsonDepth)) throw TooDeep{};
    const bool is_list =
        container.is_array() &&
        (shape_.container.empty() ? open_.size() == 1 && path_[0] && open_[0]->is_object()
                                  : open_.size() == 2 && path_[0] && path_[1] &&
                                        open_[0]->is_object() && open_[1]->is_object());
    open_.push_back(place(std::move(container)));
    if (is_list) list_ = open_.back();
    return true;
  }
  bool close() {
    open_.pop_back();
    return true;
  }

  json& root_;
  const std::size_t max_items_;
  const ListShape& shape_;
  json* list_ = nullptr;        // the list once it opens
  std::array<bool, 2> path_{};  // the last keys at depth 1 and 2 lead to the list
  std::vector<json*> open_;     // the containers being filled, outermost first
  json* slot_ = nullptr;
  std::string duplicate_;
  std::string error_;
};

// Response.NotJson, with the parser's reason and the start of the body (printable ASCII only).
ApiError notJson(int http_status, std::string_view body, std::string why) {
  std::string snippet(body.substr(0, 60));
  for (char& c : snippet) {
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) c = '?';
  }
  if (const auto cut = why.find(" - "); cut != std::string::npos) why = why.substr(cut + 3);
  if (const auto cut = why.find("; last read"); cut != std::string::npos) why.resize(cut);
  ApiError err =
      malformedResponse(http_status, "",
                        fmt::format("the body is not valid JSON: {} ({} bytes, starting \"{}\")",
                                    why, body.size(), snippet));
  err.code = "Response.NotJson";
  return err;
}

// The body as a JSON object, or why it is not one.
std::variant<json, ApiError> parseDocument(int http_status, std::string_view body,
                                           std::size_t max_items, const ListShape& shape) {
  json doc;
  StrictDomBuilder builder(doc, max_items, shape);
  try {
    if (!json::sax_parse(body, &builder)) return notJson(http_status, body, builder.error());
  } catch (const TooDeep&) {
    return malformedResponse(
        http_status, "", fmt::format("the body is nested deeper than {} levels", kMaxJsonDepth));
  } catch (const TooLong&) {
    return malformedResponse(http_status, "",
                             fmt::format("{} has more than {} items, the page size asked "
                                         "for ({} bytes)",
                                         listName(shape), max_items, body.size()));
  }
  if (!builder.duplicate().empty()) {
    return malformedResponse(
        http_status, truncateText(stringOr(doc, "RequestId"), kMaxRequestIdBytes),
        fmt::format("the object key \"{}\" appears twice", withoutNul(builder.duplicate())));
  }
  if (!doc.is_object()) {
    return malformedResponse(http_status, "",
                             fmt::format("expected a JSON object, got {}", jsonTypeName(doc)));
  }
  return doc;
}

// The gateway's or the product's refusal, when the response is one.
std::optional<ApiError> refusal(int http_status, const json& doc, const std::string& request_id) {
  const std::string code = truncateText(withoutNul(stringOr(doc, "Code")), kMaxCodeBytes);
  const auto success = doc.find("Success");
  const bool failed_flag = success != doc.end() && !(success->is_boolean() && success->get<bool>());
  if (http_status == 200 && (code.empty() || code == "OK") && !failed_flag) return std::nullopt;
  ApiError e;
  e.kind = (http_status != 200 && success == doc.end()) ? ApiErrorKind::kGateway
                                                        : ApiErrorKind::kBusiness;
  e.code = code.empty() ? fmt::format("HTTP.{}", http_status) : code;
  e.message = truncateText(withoutNul(stringOr(doc, "Message")), kMaxMessageBytes);
  if (e.message.empty() || e.message == "None") {
    e.message =
        http_status != 200 ? fmt::format("HTTP status {}", http_status) : "Success is false";
  }
  e.request_id = request_id;
  e.http_status = http_status;
  return e;
}

// The total (`name` in `holder`), checked; or what is wrong with it.
std::variant<std::int64_t, std::string> parseTotal(const json& holder, std::string_view key,
                                                   const std::string& name) {
  const auto total = holder.find(key);
  if (total == holder.end()) return fmt::format("{} is missing", name);
  if (!total->is_number_integer()) {
    return fmt::format("{}: expected an integer, got {}", name, jsonTypeName(*total));
  }
  if (total->is_number_unsigned()
          ? total->get<std::uint64_t>() > kMaxTotal
          : (total->get<std::int64_t>() < 0 || total->get<std::int64_t>() > kMaxTotal)) {
    return fmt::format("{}: {} is outside 0..{}", name, total->dump(), kMaxTotal);
  }
  return total->get<std::int64_t>();
}

std::string qualified(std::string_view container, std::string_view key) {
  return container.empty() ? std::string(key) : fmt::format("{}.{}", container, key);
}

}  // namespace

std::string listName(const ListShape& shape) { return qualified(shape.container, shape.list); }

std::variant<ResponseData, ApiError> readListResponse(int http_status, std::string_view body,
                                                      std::size_t max_items,
                                                      const ListShape& shape) {
  auto parsed = parseDocument(http_status, body, max_items, shape);
  if (auto* e = std::get_if<ApiError>(&parsed)) return std::move(*e);
  ResponseData out;
  out.document = std::move(std::get<json>(parsed));
  json& doc = out.document;
  if (const auto it = doc.find("RequestId"); it != doc.end() && it->is_string()) {
    out.request_id = truncateText(withoutNul(it->get<std::string>()), kMaxRequestIdBytes);
  }
  if (auto e = refusal(http_status, doc, out.request_id)) return std::move(*e);
  if (out.request_id.empty()) {
    return malformedResponse(http_status, "", "the response has no RequestId");
  }
  const auto bad = [&](std::string message) {
    return malformedResponse(http_status, out.request_id, std::move(message));
  };
  json* container = &doc;
  if (!shape.container.empty()) {
    const auto it = doc.find(shape.container);
    if (it == doc.end()) return bad(fmt::format("{} is missing", shape.container));
    if (!it->is_object()) {
      return bad(fmt::format("{}: expected an object, got {}", shape.container, jsonTypeName(*it)));
    }
    container = &*it;
  }
  const bool has_total = !shape.total.empty();
  const std::string total_name = qualified(shape.total_at_root ? "" : shape.container, shape.total);
  if (has_total) {
    const auto total = parseTotal(shape.total_at_root ? doc : *container, shape.total, total_name);
    if (const auto* why = std::get_if<std::string>(&total)) return bad(*why);
    out.total = std::get<std::int64_t>(total);
  }
  const std::string list_name = listName(shape);
  const auto list = container->find(shape.list);
  if (list == container->end() || list->is_null()) {
    // Without a total only the list itself can say "none": an absent one is not trusted as empty.
    if (!has_total) return bad(fmt::format("{} is missing", list_name));
    if (out.total == 0) {
      out.list = json::array();
      return out;
    }
    return bad(fmt::format("{} is missing but {} is {}", list_name, total_name, out.total));
  }
  if (!list->is_array()) {
    return bad(fmt::format("{}: expected an array, got {}", list_name, jsonTypeName(*list)));
  }
  out.list = std::move(*list);
  if (!has_total) out.total = static_cast<std::int64_t>(out.list.size());
  return out;
}

}  // namespace cgs
