// posctl devices [watch]: what is attached, which driver has it, who holds it; live events.
#include <CLI/CLI.hpp>
#include <chrono>
#include <csignal>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "commands.hpp"
#include "headless_session.hpp"
#include "poscore/devices/device_report.hpp"
#include "poscore/devices/device_watcher.hpp"

namespace posctl {

namespace {

volatile std::sig_atomic_t interrupted = 0;

extern "C" void onInterrupt(int) { interrupted = 1; }

// Ctrl-C ends the watch cleanly (devices released, plugins stopped) instead of killing posctl.
class InterruptCatcher {
 public:
  InterruptCatcher() {
    interrupted = 0;
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &previous_);
  }
  ~InterruptCatcher() { sigaction(SIGINT, &previous_, nullptr); }
  InterruptCatcher(const InterruptCatcher&) = delete;
  InterruptCatcher& operator=(const InterruptCatcher&) = delete;

 private:
  struct sigaction previous_ {};
};

void listDevices(const GlobalOptions& options) {
  HeadlessSession session(options, "init");
  auto& devices = session.runtime().devices();
  std::cout << poscore::formatDeviceTable(devices.list(), devices.usbState()) << std::flush;
}

void watchDevices(const GlobalOptions& options, int seconds) {
  HeadlessSession session(options, "init");
  auto& devices = session.runtime().devices();
  poscore::DeviceWatcher watcher(devices, "posctl", [](const std::string& line) { std::cout << line << std::endl; });
  InterruptCatcher catcher;
  watcher.claimAvailable();
  const auto ids = watcher.watching();
  if (ids.empty()) {
    std::cout << "no device has a driver yet; waiting for one (" << devices.usbState() << ")" << std::endl;
  }
  for (const auto& id : ids) std::cout << "watching " << id << std::endl;
  std::cout << (seconds > 0 ? "for " + std::to_string(seconds) + " s; " : "") << "Ctrl-C to stop" << std::endl;
  const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (!interrupted && (seconds <= 0 || std::chrono::steady_clock::now() < end)) {
    session.dispatcher().drain();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  session.dispatcher().drain();
}

}  // namespace

void addDevicesCommands(CLI::App& app, GlobalOptions& options) {
  auto* devices = app.add_subcommand("devices", "List attached devices with their driver, claimant and state");
  auto* watch = devices->add_subcommand("watch", "Claim every device that has a driver and print its events");
  auto seconds = std::make_shared<int>(0);
  watch->add_option("--seconds", *seconds, "Stop after this many seconds (default: until Ctrl-C)")
      ->check(CLI::PositiveNumber);
  // The global --serial, also accepted after `watch` where a technician types it.
  auto serialPorts = std::make_shared<std::vector<std::string>>();
  watch->add_option("--serial", *serialPorts, "Serial port to watch, e.g. a scale (repeatable)");
  watch->callback([&options, seconds, serialPorts] {
    GlobalOptions watched = options;
    watched.serialPorts.insert(watched.serialPorts.end(), serialPorts->begin(), serialPorts->end());
    watchDevices(watched, *seconds);
  });
  devices->callback([&options, devices, watch] {
    if (!devices->got_subcommand(watch)) listDevices(options);
  });
}

}  // namespace posctl
