#pragma once

#include <string>
#include <vector>

#include "config/config.h"
#include "store/inventory_store.h"

namespace cgs {

// A discovered account that is not synced now, and why (README, "Discovery": retirement). Its
// groups stay as they are; it resumes when its number is listed with a status that makes an
// account again.
struct RetiredAccount {
  std::string name;  // "<cust_space_id>/<phone_number>"
  std::string cust_space_id;
  std::string business_number;
  std::string reason;  // "no longer listed", "status DISCONNECTED", "space not in ..."
};

// The accounts in force: the configured ones and those discovery found.
struct AccountRoster {
  std::vector<AccountConfig> accounts;  // configured (file order), then discovered (by name)
  std::vector<RetiredAccount> retired;  // by name
  std::size_t discovered = 0;           // of `accounts`, those discovery made

  // "accounts: 2 configured, 300 discovered, 1 retired" (the daemon's and --once's log line).
  [[nodiscard]] std::string summary() const;
};

// Pure: the roster of `config` (its accounts[] and discovery: section) over the numbers the
// mirror knows. A number becomes an account "<cust_space_id>/<phone_number>" with
// discovery.account's settings when it is listed, its space is covered and its status is one of
// discovery.number_status, unless an accounts[] entry names the same pair (that entry wins,
// enabled or not). A number that was an account (a run of its name is recorded) and is not one
// now is retired. Without a discovery: section, the configured accounts alone.
[[nodiscard]] AccountRoster resolveRoster(const Config& config,
                                          const std::vector<KnownNumber>& numbers);

// `config` with the roster's accounts in place of its own.
[[nodiscard]] Config withRoster(Config config, const AccountRoster& roster);

}  // namespace cgs
