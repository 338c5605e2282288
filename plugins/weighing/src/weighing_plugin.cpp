// The weighing plugin's entry: registers its drivers; the exit lane and bagging checks start by role.
#include "driver/drivers.hpp"
#include "possdk/plugin.hpp"
#include "server/weighing_module.hpp"

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
  possdk::ServerModule* serverModule() override {
    if (!module_) module_ = server::makeWeighingModule();
    return module_.get();
  }

 private:
  std::unique_ptr<possdk::ServerModule> module_;
};

}  // namespace
}  // namespace weighing

POSSDK_PLUGIN(weighing::WeighingPlugin)
