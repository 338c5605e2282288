// Takes the process down while its library is being loaded, before any plugin call.
#include <possdk/possdk.hpp>

#include <csignal>

namespace {
struct CrashesOnLoad {
  CrashesOnLoad() { std::raise(SIGSEGV); }
};
const CrashesOnLoad crash;

class Unreachable final : public possdk::Plugin {
 public:
  possdk::Status init(possdk::Host&) override { return possdk::Status::ok(); }
  possdk::Status start() override { return possdk::Status::ok(); }
  void stop() noexcept override {}
};
}  // namespace

POSSDK_PLUGIN(Unreachable)
