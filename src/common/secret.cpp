#include "common/secret.h"

namespace cgs {

std::ostream& operator<<(std::ostream& os, const Secret& s) {
  return os << (s.empty() ? "" : "***");
}

}  // namespace cgs
