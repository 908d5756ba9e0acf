#pragma once

#include <ostream>
#include <string>
#include <utility>

namespace cgs {

// A credential value (AccessKey secret, STS token, database password). It prints as "***" so that
// it cannot reach a log line or an error message by accident; reveal() is the one way to read it,
// used only where the value is put on the wire (signing, the libpq connection).
class Secret {
 public:
  Secret() = default;
  explicit Secret(std::string value) : value_(std::move(value)) {}

  [[nodiscard]] const std::string& reveal() const { return value_; }
  [[nodiscard]] bool empty() const { return value_.empty(); }
  bool operator==(const Secret&) const = default;

 private:
  std::string value_;
};

std::ostream& operator<<(std::ostream& os, const Secret& s);

}  // namespace cgs
