// A plugin that does everything right; it leaves a trace of each call on the event bus so tests
// can see the order the host called plugins in.
#include <possdk/possdk.hpp>

namespace {
class WellBehaved final : public possdk::Plugin {
 public:
  possdk::Status init(possdk::Host& host) override {
    host_ = &host;
    host.events().publish("test.lifecycle", "{\"init\":\"" + host.context().id + "\"}");
    return possdk::Status::ok();
  }
  possdk::Status start() override {
    host_->events().publish("test.lifecycle", "{\"start\":\"" + host_->context().id + "\"}");
    return possdk::Status::ok();
  }
  void stop() noexcept override {
    host_->events().publish("test.lifecycle", "{\"stop\":\"" + host_->context().id + "\"}");
  }

 private:
  possdk::Host* host_ = nullptr;
};
}  // namespace

POSSDK_PLUGIN(WellBehaved)
