// Breaks the rule that exceptions never cross the boundary; the host must contain it.
#include <possdk/possdk.hpp>

#include <stdexcept>

namespace {
class InitThrows final : public possdk::Plugin {
 public:
  possdk::Status init(possdk::Host&) override { throw std::runtime_error("scale calibration table missing"); }
  possdk::Status start() override { return possdk::Status::ok(); }
  void stop() noexcept override {}
};
}  // namespace

POSSDK_PLUGIN(InitThrows)
