// A plugin library that forgot POSSDK_PLUGIN: it exports no entry.
#include <possdk/possdk.hpp>

namespace {
class NoEntry final : public possdk::Plugin {
 public:
  possdk::Status init(possdk::Host&) override { return possdk::Status::ok(); }
  possdk::Status start() override { return possdk::Status::ok(); }
  void stop() noexcept override {}
};
}  // namespace

// Referenced so the class is compiled in, as in a real plugin that only lacks the macro.
__attribute__((visibility("default"))) possdk::Plugin* no_entry_make() { return new NoEntry(); }
