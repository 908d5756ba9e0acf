#include "sync/sync_worker.h"

namespace cgs {
namespace {

bool sameTransportSettings(const ApiConfig& a, const ApiConfig& b) {
  return a.scheme == b.scheme && a.connect_timeout == b.connect_timeout &&
         a.request_timeout == b.request_timeout && a.max_in_flight == b.max_in_flight;
}

}  // namespace

SyncWorker::SyncWorker(std::string conninfo, std::string schema)
    : data_(conninfo, schema), lock_(std::move(conninfo), std::move(schema)) {}

std::vector<HttpTransport*> SyncWorker::transportsFor(const ApiConfig& api,
                                                      const StopSignal& stop) {
  if (transports_.empty() || !sameTransportSettings(api, transports_api_)) {
    transports_.clear();
    for (int i = 0; i < api.max_in_flight; ++i) {
      transports_.push_back(std::make_unique<CurlTransport>(CurlTransportOptions{
          api.scheme, api.connect_timeout, api.request_timeout, 64u << 20, &stop.flag()}));
    }
    transports_api_ = api;
  }
  std::vector<HttpTransport*> out;
  for (auto& t : transports_) out.push_back(t.get());
  return out;
}

RunReport SyncWorker::run(const AccountConfig& account, const SyncEnvironment& env,
                          const RunOptions& options) {
  WorkerResources resources{data_, lock_, transportsFor(env.config->api, *env.stop)};
  RunReport report = AccountRun(std::move(resources), account, env, options).execute();
  if (report.failure == FailureKind::kDatabaseUnavailable) {
    // Under a connection limit, a worker holding one of its two sessions would keep it from a
    // worker that could run with both: a worker that could not connect lets go of both.
    data_.reset();
    lock_.close();
  }
  return report;
}

}  // namespace cgs
