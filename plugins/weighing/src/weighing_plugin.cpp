// The weighing plugin's entry: registers its drivers; the exit lane and bagging checks start by role.
#include "driver/drivers.hpp"
#include "possdk/plugin.hpp"

namespace weighing {
namespace {

class WeighingPlugin final : public possdk::Plugin {
 public:
  possdk::Status init(possdk::Host& host) override {
    for (auto& driver : weighingDrivers()) host.devices().registerDriver(std::move(driver));
    return possdk::Status::ok();
  }
  possdk::Status start() override { return possdk::Status::ok(); }
  void stop() noexcept override {}
};

}  // namespace
}  // namespace weighing

POSSDK_PLUGIN(weighing::WeighingPlugin)
