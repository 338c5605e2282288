// Never returns from init, like a plugin waiting forever on a device that does not answer.
#include <possdk/possdk.hpp>

#include <chrono>
#include <thread>

namespace {
class InitHangs final : public possdk::Plugin {
 public:
  possdk::Status init(possdk::Host&) override {
    for (;;) std::this_thread::sleep_for(std::chrono::hours(1));
  }
  possdk::Status start() override { return possdk::Status::ok(); }
  void stop() noexcept override {}
};
}  // namespace

POSSDK_PLUGIN(InitHangs)
