#pragma once
#include <atomic>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "driver/sim/toledo_simulator.hpp"
#include "possdk/status.hpp"

namespace weighing {

// A ToledoSimulator behind a pseudo-terminal: a thread answers what the host writes to the pty's
// slave. It holds the slave open itself (raw mode), so the simulator keeps running while the host
// closes and reopens the port; stop() closes the master, which the host sees as a hang-up.
class ToledoPty {
 public:
  explicit ToledoPty(ToledoSimulator simulator);
  ~ToledoPty();
  ToledoPty(const ToledoPty&) = delete;
  ToledoPty& operator=(const ToledoPty&) = delete;

  // Opens the pty and starts answering; `link`, when given, becomes a symlink to the slave
  // (replacing an older link, so a restarted simulator takes over the same path).
  possdk::Status start(const std::filesystem::path& link = {});
  void stop();
  const std::string& slavePath() const { return slavePath_; }
  // Changes the scale's state while it runs.
  void update(const std::function<void(ToledoSimulator&)>& change);

 private:
  void serve();

  ToledoSimulator simulator_;
  std::mutex mutex_;
  int master_ = -1;
  int slave_ = -1;
  std::string slavePath_;
  std::atomic<bool> running_{false};
  std::thread server_;
};

}  // namespace weighing
