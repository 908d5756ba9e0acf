#include "runtime/signal_watcher.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

namespace cgs {
namespace {

using namespace std::chrono_literals;

bool eventually(const std::atomic<int>& n, int want) {
  for (int i = 0; i < 500 && n.load() < want; ++i) std::this_thread::sleep_for(2ms);
  return n.load() >= want;
}

TEST(SignalWatcher, CallsBackForStopAndReload) {
  blockControlSignals();
  std::atomic<int> stops{0}, reloads{0};
  SignalWatcher watcher([&] { ++stops; }, [&] { ++reloads; });
  ASSERT_EQ(kill(getpid(), SIGHUP), 0);
  EXPECT_TRUE(eventually(reloads, 1));
  ASSERT_EQ(kill(getpid(), SIGTERM), 0);
  EXPECT_TRUE(eventually(stops, 1));
  ASSERT_EQ(kill(getpid(), SIGINT), 0);
  EXPECT_TRUE(eventually(stops, 2));
  EXPECT_EQ(reloads.load(), 1);
}

// A --once run ends when its work does: the watcher's thread is woken, not waited out.
TEST(SignalWatcher, StopsWatchingAtOnce) {
  blockControlSignals();
  const auto started = std::chrono::steady_clock::now();
  for (int i = 0; i < 20; ++i) {
    SignalWatcher watcher([] {}, [] {});
  }
  EXPECT_LT(std::chrono::steady_clock::now() - started, 1s)
      << "20 watchers; a thread that waits for a tick takes seconds";
}

}  // namespace
}  // namespace cgs
