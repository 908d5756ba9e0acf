#include "sync/worker_pool.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace cgs {

WorkerPool::WorkerPool(int size, const std::string& conninfo, const std::string& schema) {
  for (int i = 0; i < size; ++i) workers_.push_back(std::make_unique<SyncWorker>(conninfo, schema));
}

RunReport WorkerPool::run(int index, const AccountConfig& account, const SyncEnvironment& env,
                          const RunOptions& options) {
  return workers_.at(static_cast<std::size_t>(index))->run(account, env, options);
}

std::vector<RunReport> WorkerPool::runAll(const std::vector<const AccountConfig*>& accounts,
                                          const SyncEnvironment& env, const RunOptions& options) {
  std::vector<RunReport> reports(accounts.size());
  std::atomic<std::size_t> next{0};
  const int threads = std::min(size(), static_cast<int>(accounts.size()));
  std::vector<std::thread> running;
  for (int w = 0; w < threads; ++w) {
    running.emplace_back([&, w] {
      for (std::size_t i = next++; i < accounts.size(); i = next++) {
        reports[i] = run(w, *accounts[i], env, options);
      }
    });
  }
  for (auto& t : running) t.join();
  return reports;
}

}  // namespace cgs
