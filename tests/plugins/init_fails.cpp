#include <possdk/possdk.hpp>

namespace {
class InitFails final : public possdk::Plugin {
 public:
  possdk::Status init(possdk::Host&) override {
    return possdk::Status::fail("setting 'endpoint' is empty; set plugins.init_fails.endpoint");
  }
  possdk::Status start() override { return possdk::Status::ok(); }
  void stop() noexcept override {}
};
}  // namespace

POSSDK_PLUGIN(InitFails)
