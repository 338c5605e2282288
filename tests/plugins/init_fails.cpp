// Registers an action, a screen handler and a driver, then fails: none of them may stay wired in.
#include <possdk/possdk.hpp>

namespace {

class NeverMatches final : public possdk::DeviceDriver {
 public:
  std::string name() const override { return "never"; }
  bool matches(const possdk::DeviceInfo&) const override { return true; }
  bool supported(possdk::Transport&) override { return true; }
  std::unique_ptr<possdk::Device> create(std::unique_ptr<possdk::Transport>) override { return nullptr; }
};

class InitFails final : public possdk::Plugin {
 public:
  possdk::Status init(possdk::Host& host) override {
    host.ui().addAction({"setup", "Set up", "F8", {}, [] {}});
    host.ui().onEvent("setup", [](const possdk::UiEvent&) {});
    host.devices().registerDriver(std::make_shared<NeverMatches>());
    return possdk::Status::fail("setting 'endpoint' is empty; set plugins.init_fails.endpoint");
  }
  possdk::Status start() override { return possdk::Status::ok(); }
  void stop() noexcept override {}
};

}  // namespace

POSSDK_PLUGIN(InitFails)
