// cams-sim: a local simulator of the Alibaba Cloud CAMS ListChatGroup API.
#include <csignal>
#include <fstream>
#include <iostream>
#include <regex>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "sim_server.h"

namespace {

using namespace cgs::sim;

struct Args {
  std::string listen = "127.0.0.1:0";
  std::string port_file;
  std::vector<std::string> credentials;
  std::string data_file;
  std::string generate;
  std::string write_data;
  SimOptions opts;
};

void addOptions(CLI::App& app, Args& a) {
  app.description(
      "cams-sim: a local, faithful simulator of the CAMS ListChatGroup API (POST / with "
      "ACS3-HMAC-SHA256 signatures, the real error shapes and codes, paging and filters), with an "
      "admin API under /__admin/ for tests and demos (see tools/cams-sim/README.md).");
  app.add_option("--listen", a.listen,
                 "HOST:PORT to listen on; port 0 picks a free one. The first "
                 "line on stdout is \"listening on HOST:PORT\"")
      ->capture_default_str();
  app.add_option("--port-file", a.port_file, "Also write the chosen port to this file");
  app.add_option("--credential", a.credentials,
                 "AKID:SECRET[:TOKEN] accepted by the simulator (repeatable); with a TOKEN, "
                 "requests must carry it as x-acs-security-token. Default: "
                 "LTAI5tCamsSimulator:cams-sim-secret")
      ->type_name("AKID:SECRET[:TOKEN]");
  auto* data =
      app.add_option("--data", a.data_file,
                     "JSON dataset: {\"accounts\":[{\"cust_space_id\",\"business_number\","
                     "\"groups\":[{API item fields}],\"participants\"?:{GroupId:[numbers]}}]}");
  app.add_option("--generate", a.generate,
                 "Generate a deterministic dataset: "
                 "accounts=N,groups=M,seed=S[,participants=1][,numbers=K]")
      ->excludes(data);
  app.add_option("--write-data", a.write_data, "Write the dataset served (e.g. generated) to FILE");
  app.add_option("--qps", a.opts.qps,
                 "Requests per second per AccessKeyId; above it Throttling.User "
                 "(HTTP 400). 0: unlimited")
      ->capture_default_str();
  app.add_option("--latency-ms", a.opts.latency_ms, "Added to every ListChatGroup response")
      ->capture_default_str();
  app.add_option("--jitter-ms", a.opts.jitter_ms, "Random extra latency, 0..N ms")
      ->capture_default_str();
  app.add_option("--max-page-size", a.opts.max_page_size,
                 "Largest Page.Size accepted; larger is InvalidParameter.PageInvalid")
      ->capture_default_str();
  app.add_option("--threads", a.opts.threads,
                 "Worker threads; each open keep-alive connection holds one until it has been idle "
                 "30 s, so give at least as many as the clients keep connections (a daemon: "
                 "schedule.concurrency x api.max_in_flight), or new connections wait")
      ->capture_default_str();
  app.add_option("--seed", a.opts.seed, "Seed for latency jitter")->capture_default_str();
}

// Checks --listen and --credential into the server options; an error message, or empty.
std::string resolveOptions(Args& a) {
  static const std::regex kListen(R"((.+):([0-9]{1,5}))");
  std::smatch m;
  if (!std::regex_match(a.listen, m, kListen)) return "--listen expects HOST:PORT";
  a.opts.host = m[1];
  a.opts.port = std::stoi(m[2]);
  if (a.credentials.empty()) a.credentials.push_back("LTAI5tCamsSimulator:cams-sim-secret");
  for (const auto& c : a.credentials) {
    auto parsed = parseCredential(c);
    if (!parsed) return "--credential expects AKID:SECRET[:TOKEN]";
    a.opts.credentials.push_back(*parsed);
  }
  return "";
}

// The dataset to serve (--data, --generate or none), written out when --write-data asks.
// Throws std::runtime_error.
nlohmann::json loadDataset(const Args& a) {
  nlohmann::json dataset = nlohmann::json{{"accounts", nlohmann::json::array()}};
  if (!a.data_file.empty()) {
    std::ifstream in(a.data_file);
    if (!in) throw std::runtime_error("cannot read " + a.data_file);
    dataset = nlohmann::json::parse(in);
  } else if (!a.generate.empty()) {
    const auto spec = parseGenerateSpec(a.generate);
    if (!spec)
      throw std::runtime_error(
          "--generate expects accounts=N,groups=M,seed=S[,participants=1][,numbers=K]");
    dataset = generateDataset(*spec);
  }
  if (!a.write_data.empty()) {
    std::ofstream out(a.write_data);
    out << dataset.dump() << '\n';
    if (!out) throw std::runtime_error("cannot write " + a.write_data);
  }
  return dataset;
}

// Serves until SIGINT or SIGTERM.
int serve(const SimOptions& opts, const nlohmann::json& dataset, const std::string& port_file) {
  // Signals are taken by sigwait below, so block them before any thread starts.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  SimServer server(opts);
  try {
    server.loadData(dataset);
    server.start();
  } catch (const std::exception& e) {
    std::cerr << "cams-sim: " << e.what() << '\n';
    return 1;
  }
  std::cout << "listening on " << server.endpoint() << std::endl;
  if (!port_file.empty()) std::ofstream(port_file) << server.port() << '\n';
  std::cerr << fmt::format("cams-sim: {} groups in {} account(s); credentials: {}\n",
                           server.dataset().groupCount(), dataset["accounts"].size(),
                           opts.credentials.size());
  int sig = 0;
  sigwait(&signals, &sig);
  std::cerr << "cams-sim: stopping\n";
  server.stop();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  CLI::App app{"", "cams-sim"};
  addOptions(app, args);
  CLI11_PARSE(app, argc, argv);
  if (const std::string error = resolveOptions(args); !error.empty()) {
    std::cerr << "cams-sim: " << error << '\n';
    return 2;
  }
  nlohmann::json dataset;
  try {
    dataset = loadDataset(args);
  } catch (const std::exception& e) {
    std::cerr << "cams-sim: " << e.what() << '\n';
    return 2;
  }
  return serve(args.opts, dataset, args.port_file);
}
