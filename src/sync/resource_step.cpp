#include "sync/resource_step.h"

namespace cgs {

std::string_view resourceName(ResourceKind kind) {
  switch (kind) {
    case ResourceKind::kGroups:
      return "groups";
    case ResourceKind::kMembers:
      return "members";
    case ResourceKind::kNumbers:
      return "numbers";
  }
  return "groups";
}

}  // namespace cgs
