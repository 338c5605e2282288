// Takes the whole process down during init, as a plugin with a wild pointer would.
#include <possdk/possdk.hpp>

#include <csignal>

namespace {
class InitCrashes final : public possdk::Plugin {
 public:
  possdk::Status init(possdk::Host&) override {
    std::raise(SIGSEGV);
    return possdk::Status::ok();
  }
  possdk::Status start() override { return possdk::Status::ok(); }
  void stop() noexcept override {}
};
}  // namespace

POSSDK_PLUGIN(InitCrashes)
