#include <possdk/possdk.hpp>

#include <stdexcept>

namespace {
class CtorThrows final : public possdk::Plugin {
 public:
  CtorThrows() { throw std::runtime_error("cannot allocate the scale buffer"); }
  possdk::Status init(possdk::Host&) override { return possdk::Status::ok(); }
  possdk::Status start() override { return possdk::Status::ok(); }
  void stop() noexcept override {}
};
}  // namespace

POSSDK_PLUGIN(CtorThrows)
