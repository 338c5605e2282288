// Claims the shared test device in start; built twice (claimer_a, claimer_b) to prove two plugins
// can never hold one device. Brings a trivial driver for "sim:test-*" devices.
#include <possdk/possdk.hpp>

namespace {

class NullDevice final : public possdk::Device {
 public:
  explicit NullDevice(std::unique_ptr<possdk::Transport> t) : transport_(std::move(t)) {}
  const possdk::DeviceInfo& info() const override { return transport_->info(); }
  std::string kind() const override { return "test"; }
  possdk::Status open(possdk::DeviceEventSink) override { return possdk::Status::ok(); }
  possdk::Status enable() override { return possdk::Status::ok(); }
  void disable() override {}
  void close() override {}
  possdk::Status execute(const std::string&, const std::string&) override { return possdk::Status::ok(); }

 private:
  std::unique_ptr<possdk::Transport> transport_;
};

class AnyTestDevice final : public possdk::DeviceDriver {
 public:
  std::string name() const override { return "test-null"; }
  bool matches(const possdk::DeviceInfo& info) const override { return info.id.rfind("sim:test-", 0) == 0; }
  bool supported(possdk::Transport&) override { return true; }
  std::unique_ptr<possdk::Device> create(std::unique_ptr<possdk::Transport> t) override {
    return std::make_unique<NullDevice>(std::move(t));
  }
};

class Claimer final : public possdk::Plugin {
 public:
  possdk::Status init(possdk::Host& host) override {
    host_ = &host;
    host.devices().registerDriver(std::make_shared<AnyTestDevice>());
    return possdk::Status::ok();
  }
  possdk::Status start() override {
    auto handle = host_->devices().claim("sim:test-shared", [](const possdk::DeviceEvent&) {});
    if (!handle) return possdk::Status::fail(handle.error());
    handle_ = handle.value();
    return possdk::Status::ok();
  }
  void stop() noexcept override { handle_.reset(); }

 private:
  possdk::Host* host_ = nullptr;
  std::shared_ptr<possdk::DeviceHandle> handle_;
};

}  // namespace

POSSDK_PLUGIN(Claimer)
