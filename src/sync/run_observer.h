#pragma once

#include <string>

#include "cams/api_client.h"

namespace cgs {

struct RunReport;

// Told about API attempts and finished runs (the metrics endpoint implements it). Thread-safe.
class RunObserver {
 public:
  virtual ~RunObserver() = default;
  virtual void onAttempt(const std::string& account, const AttemptRecord& attempt) = 0;
  virtual void onRunFinished(const RunReport& report) = 0;
};

}  // namespace cgs
