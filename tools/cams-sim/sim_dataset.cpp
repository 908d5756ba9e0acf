#include "sim_dataset.h"

#include <algorithm>
#include <array>
#include <mutex>
#include <random>
#include <regex>
#include <stdexcept>

#include <fmt/format.h>

namespace cgs::sim {

using nlohmann::json;

std::optional<GenerateSpec> parseGenerateSpec(const std::string& text) {
  static const std::regex kPart(R"((accounts|groups|seed|participants|numbers)=([0-9]{1,12}))");
  GenerateSpec spec;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = text.find(',', start);
    const std::string part =
        text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    std::smatch m;
    if (!std::regex_match(part, m, kPart)) return std::nullopt;
    const auto v = std::stoull(m[2].str());
    if (m[1] == "accounts") spec.accounts = static_cast<int>(v);
    if (m[1] == "groups") spec.groups = static_cast<int>(v);
    if (m[1] == "seed") spec.seed = v;
    if (m[1] == "participants") spec.participants = v != 0;
    if (m[1] == "numbers") spec.numbers = static_cast<int>(std::min<unsigned long long>(v, 1000));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  if (spec.accounts < 1 || spec.groups < 0 || spec.groups > 10'000'000) return std::nullopt;
  return spec;
}

namespace {

constexpr std::array<const char*, 6> kStatuses{"ACTIVE",   "INACTIVE", "SUSPENDED",
                                               "CREATING", "DELETING", "UPDATING"};
constexpr std::array<const char*, 12> kSubjects{
    "Customer support",
    "VIP members \xF0\x9F\x92\x8E",                                  // 💎
    "\xE6\x8A\x80\xE6\x9C\xAF\xE6\x94\xAF\xE6\x8C\x81\xE7\xBE\xA4",  // 技术支持群
    "Flash sale \xF0\x9F\x9A\x80 today only!",                       // 🚀
    "Order updates",
    "Pr\xC3\xA9vention & s\xC3\xA9"
    "curit\xC3\xA9",                             // Prévention & sécurité
    "\xD8\xA7\xD9\x84\xD8\xAF\xD8\xB9\xD9\x85",  // الدعم
    "Beta testers (50% off)",
    "Partners * resellers",
    "\xE3\x82\xB5\xE3\x83\x9D\xE3\x83\xBC\xE3\x83\x88",  // サポート
    "Weekly digest",
    "Region: ap-southeast-1"};

std::string randomToken(std::mt19937_64& rng, int length) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  std::string s;
  for (int i = 0; i < length; ++i) s += kAlphabet[rng() % (sizeof(kAlphabet) - 1)];
  return s;
}

json makeGroup(std::mt19937_64& rng, int account, int index, const std::string& business_number) {
  json g = json::object();
  g["GroupId"] = fmt::format("G{:04d}{:08d}{}", account, index, randomToken(rng, 6));
  g["BusinessNumber"] = business_number;
  std::string subject = fmt::format("{} #{}", kSubjects[rng() % kSubjects.size()], index);
  if (rng() % 50 == 0) subject += " " + std::string(300, 'x');  // long titles exist
  g["Subject"] = subject;
  const auto r = rng() % 10;
  if (r < 6) {
    g["Description"] = fmt::format("Group {} of account {}", index, account);
  } else if (r == 6) {
    g["Description"] = "";
  } else if (r == 7) {
    g["Description"] = nullptr;
  }  // else: absent
  g["InviteLink"] = "https://chat.whatsapp.com/" + randomToken(rng, 22);
  const auto s = rng() % 20;
  g["GroupStatus"] = s < 14 ? kStatuses[0] : kStatuses[1 + (s % 5)];
  if (rng() % 3 != 0) {
    g["ProfilePictureFile"] =
        fmt::format("https://cdn.example.com/pp/{}.jpg", randomToken(rng, 10));
  }
  if (rng() % 4 == 0) g["TotalParticipantCount"] = static_cast<int>(rng() % 1024);
  return g;
}

void refresh(SimGroup& g) { g.json = g.item.dump(); }

const std::string& groupIdOf(const SimGroup& g) {
  return g.item.at("GroupId").get_ref<const std::string&>();
}

// A group's TotalParticipantCount follows its member list (groups with a list only).
void syncCount(SimAccount& account, const std::string& group_id) {
  const auto members = account.participants.find(group_id);
  if (members == account.participants.end()) return;
  for (auto& g : account.groups) {
    if (groupIdOf(g) != group_id) continue;
    g.item["TotalParticipantCount"] = members->second.size();
    refresh(g);
  }
}

std::vector<std::string> numbersOf(const json& op) {
  std::vector<std::string> out;
  for (const auto& n : op.at("numbers")) out.push_back(n.get<std::string>());
  return out;
}

SimGroup toGroup(const json& item) {
  if (!item.is_object() || !item.contains("GroupId") || !item["GroupId"].is_string()) {
    throw std::invalid_argument("every group needs a string GroupId");
  }
  SimGroup g{item, {}};
  refresh(g);
  return g;
}

}  // namespace

namespace {

// Each space's own CONNECTED number (its account's), then spec.numbers others.
json generateNumbers(const GenerateSpec& spec) {
  constexpr std::array<const char*, 4> kOther{"PENDING", "DISCONNECTED", "FLAGGED", "RESTRICTED"};
  constexpr std::array<const char*, 3> kQuality{"GREEN", "YELLOW", "RED"};
  json numbers = json::array();
  for (int a = 1; a <= spec.accounts; ++a) {
    const std::string cs = fmt::format("cams-sim-{:04d}", a);
    numbers.push_back({{"CustSpaceId", cs},
                       {"PhoneNumber", fmt::format("86138{:08d}", a)},
                       {"Status", "CONNECTED"},
                       {"QualityRating", "GREEN"},
                       {"MessagingLimitTier", "TIER_10K"},
                       {"VerifiedName", fmt::format("Sim {}", a)}});
    for (int k = 1; k <= spec.numbers; ++k) {
      numbers.push_back({{"CustSpaceId", cs},
                         {"PhoneNumber", fmt::format("86139{:05d}{:03d}", a % 100'000, k % 1000)},
                         {"Status", kOther[static_cast<std::size_t>(k - 1) % kOther.size()]},
                         {"QualityRating", kQuality[static_cast<std::size_t>(k) % kQuality.size()]},
                         {"MessagingLimitTier", "TIER_1K"},
                         {"VerifiedName", fmt::format("Sim {} extra {}", a, k)}});
    }
  }
  return numbers;
}

}  // namespace

json generateDataset(const GenerateSpec& spec) {
  std::mt19937_64 rng(spec.seed);
  json accounts = json::array();
  for (int a = 1; a <= spec.accounts; ++a) {
    const std::string bn = fmt::format("86138{:08d}", a);
    json groups = json::array();
    json participants = json::object();
    for (int i = 1; i <= spec.groups; ++i) {
      json g = makeGroup(rng, a, i, bn);
      if (spec.participants) {
        json numbers = json::array();
        const int n = 2 + static_cast<int>(rng() % 8);
        for (int k = 0; k < n; ++k) {
          numbers.push_back(fmt::format("86{:03d}{:07d}{:02d}", a % 1000, i % 10'000'000, k));
        }
        g["TotalParticipantCount"] = n;
        participants[g["GroupId"].get<std::string>()] = std::move(numbers);
      }
      groups.push_back(std::move(g));
    }
    json account{{"cust_space_id", fmt::format("cams-sim-{:04d}", a)},
                 {"business_number", bn},
                 {"groups", std::move(groups)}};
    if (spec.participants) account["participants"] = std::move(participants);
    accounts.push_back(std::move(account));
  }
  json data{{"accounts", std::move(accounts)}};
  if (spec.numbers > 0) data["phone_numbers"] = generateNumbers(spec);
  return data;
}

void SimDataset::replace(const json& data) {
  if (!data.is_object() || !data.contains("accounts") || !data["accounts"].is_array()) {
    throw std::invalid_argument("expected {\"accounts\":[...]}");
  }
  std::map<AccountKey, SimAccount> next;
  for (const auto& a : data["accounts"]) {
    if (!a.is_object() || !a.contains("cust_space_id") || !a.contains("business_number")) {
      throw std::invalid_argument("every account needs cust_space_id and business_number");
    }
    SimAccount acc;
    acc.no_access = a.value("no_access", false);
    acc.participants_no_access = a.value("participants_no_access", false);
    for (const auto& g : a.value("groups", json::array())) {
      acc.groups.push_back(toGroup(g));
      acc.group_ids.insert(groupIdOf(acc.groups.back()));
    }
    const json lists = a.value("participants", json::object());
    if (!lists.is_object()) throw std::invalid_argument("participants: an object by GroupId");
    for (const auto& [group_id, numbers] : lists.items()) {
      if (!numbers.is_array()) throw std::invalid_argument("participants: lists of numbers");
      auto& list = acc.participants[group_id];
      for (const auto& n : numbers) list.push_back(n.get<std::string>());
    }
    for (auto& g : acc.groups) {  // counts follow the member lists
      const auto members = acc.participants.find(groupIdOf(g));
      if (members == acc.participants.end()) continue;
      if (g.item.value("TotalParticipantCount", json()) == json(members->second.size())) continue;
      g.item["TotalParticipantCount"] = members->second.size();
      refresh(g);
    }
    next[{a["cust_space_id"].get<std::string>(), a["business_number"].get<std::string>()}] =
        std::move(acc);
  }
  std::unique_lock lock(mutex_);
  accounts_ = std::move(next);
}

json SimDataset::snapshot() const {
  std::shared_lock lock(mutex_);
  json accounts = json::array();
  for (const auto& [key, acc] : accounts_) {
    json groups = json::array();
    for (const auto& g : acc.groups) groups.push_back(g.item);
    json a{{"cust_space_id", key.first},
           {"business_number", key.second},
           {"groups", std::move(groups)}};
    if (acc.no_access) a["no_access"] = true;
    if (acc.participants_no_access) a["participants_no_access"] = true;
    if (!acc.participants.empty()) a["participants"] = acc.participants;
    accounts.push_back(std::move(a));
  }
  return json{{"accounts", std::move(accounts)}};
}

int SimDataset::mutate(const AccountKey& account, const json& ops) {
  if (!ops.is_array()) throw std::invalid_argument("ops must be an array");
  std::unique_lock lock(mutex_);
  SimAccount& acc = accounts_[account];
  auto& groups = acc.groups;
  const auto find = [&](const json& op) {
    const std::string id = op.at("group_id").get<std::string>();
    return std::find_if(groups.begin(), groups.end(),
                        [&](const SimGroup& g) { return groupIdOf(g) == id; });
  };
  int changed = 0;
  for (const auto& op : ops) {
    const std::string kind = op.value("op", "");
    if (kind == "add") {
      SimGroup g = toGroup(op.at("group"));
      if (std::none_of(groups.begin(), groups.end(),
                       [&](const SimGroup& o) { return groupIdOf(o) == groupIdOf(g); })) {
        acc.group_ids.insert(groupIdOf(g));
        groups.push_back(std::move(g));
        ++changed;
      }
    } else if (kind == "delete") {
      if (auto it = find(op); it != groups.end()) {
        acc.group_ids.erase(groupIdOf(*it));
        groups.erase(it);
        ++changed;
      }
    } else if (kind == "update") {
      auto it = find(op);
      if (it == groups.end()) continue;
      for (const auto& [k, v] : op.at("set").items()) {
        if (k == "GroupId") throw std::invalid_argument("GroupId cannot be updated");
        if (v.is_null()) {
          it->item.erase(k);
        } else {
          it->item[k] = v;
        }
      }
      refresh(*it);
      ++changed;
    } else if (kind == "join" || kind == "leave") {
      const std::string id = op.at("group_id").get<std::string>();
      auto& members = acc.participants[id];
      for (const auto& n : numbersOf(op)) {
        const auto at = std::find(members.begin(), members.end(), n);
        if (kind == "join" && at == members.end()) {
          members.push_back(n);
          ++changed;
        } else if (kind == "leave" && at != members.end()) {
          members.erase(at);
          ++changed;
        }
      }
      syncCount(acc, id);
    } else {
      throw std::invalid_argument(
          fmt::format("unknown op \"{}\" (add, delete, update, join, leave)", kind));
    }
  }
  return changed;
}

SimPage SimDataset::page(const AccountKey& account, const std::string& group_status,
                         const std::string& subject, int index, int size) const {
  SimPage out;
  std::shared_lock lock(mutex_);
  const auto it = accounts_.find(account);
  if (it == accounts_.end()) return out;
  out.known_account = true;
  out.no_access = it->second.no_access;
  const auto& groups = it->second.groups;
  const std::int64_t first = static_cast<std::int64_t>(index - 1) * size;
  const std::int64_t end = first + size;
  if (group_status.empty() && subject.empty()) {  // no filter: slice directly
    out.total = static_cast<std::int64_t>(groups.size());
    for (std::int64_t i = first; i < std::min(out.total, end); ++i) {
      out.items.push_back(groups[static_cast<std::size_t>(i)].json);
    }
    return out;
  }
  for (const auto& g : groups) {
    const auto st = g.item.find("GroupStatus");
    if (!group_status.empty() && (st == g.item.end() || *st != group_status)) continue;
    const auto su = g.item.find("Subject");
    if (!subject.empty() &&
        (su == g.item.end() || !su->is_string() ||
         su->get_ref<const std::string&>().find(subject) == std::string::npos)) {
      continue;
    }
    if (out.total >= first && out.total < end) out.items.push_back(g.json);
    ++out.total;
  }
  return out;
}

SimMemberPage SimDataset::members(const AccountKey& account, const std::string& group_id, int index,
                                  int size) const {
  SimMemberPage out;
  std::shared_lock lock(mutex_);
  const auto it = accounts_.find(account);
  if (it == accounts_.end()) return out;
  out.known_account = true;
  out.no_access = it->second.participants_no_access;
  const auto members = it->second.participants.find(group_id);
  out.known_group = it->second.group_ids.count(group_id) > 0;
  if (members == it->second.participants.end()) return out;
  const auto& numbers = members->second;
  out.total = static_cast<std::int64_t>(numbers.size());
  const std::int64_t first = static_cast<std::int64_t>(index - 1) * size;
  for (std::int64_t i = first; i < std::min(out.total, first + size); ++i) {
    out.numbers.push_back(numbers[static_cast<std::size_t>(i)]);
  }
  return out;
}

std::size_t SimDataset::groupCount() const {
  std::shared_lock lock(mutex_);
  std::size_t n = 0;
  for (const auto& [k, a] : accounts_) n += a.groups.size();
  return n;
}

}  // namespace cgs::sim
