#include "sync/resource_step.h"

namespace cgs {

std::string_view resourceName(ResourceKind kind) {
  switch (kind) {
    case ResourceKind::kGroups:
      return "groups";
    case ResourceKind::kMembers:
      return "members";
  }
  return "groups";
}

}  // namespace cgs
