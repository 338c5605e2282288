// Registers a driver whose probe takes the process down: safe mode must blame this plugin even
// though the crash happens in a device scan, long after its init returned.
#include <possdk/possdk.hpp>

#include <csignal>

namespace {

class CrashingProbe final : public possdk::DeviceDriver {
 public:
  std::string name() const override { return "crashing-probe"; }
  bool matches(const possdk::DeviceInfo& info) const override { return info.id.rfind("sim:test-", 0) == 0; }
  bool supported(possdk::Transport&) override {
    std::raise(SIGSEGV);
    return false;
  }
  std::unique_ptr<possdk::Device> create(std::unique_ptr<possdk::Transport>) override { return nullptr; }
};

class ProbeCrashes final : public possdk::Plugin {
 public:
  possdk::Status init(possdk::Host& host) override {
    host.devices().registerDriver(std::make_shared<CrashingProbe>());
    return possdk::Status::ok();
  }
  possdk::Status start() override { return possdk::Status::ok(); }
  void stop() noexcept override {}
};

}  // namespace

POSSDK_PLUGIN(ProbeCrashes)
