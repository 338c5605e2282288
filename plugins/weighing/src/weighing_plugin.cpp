// The weighing plugin's entry: registers its drivers, claims the scale (republished as
// "scale.weight" for the counter) and, by role, runs the exit lane or the bagging-area checks.
#include <memory>

#include "driver/drivers.hpp"
#include "driver/scale_reading.hpp"
#include "possdk/plugin.hpp"
#include "server/weighing_module.hpp"
#include "src/bagging/bagging_station.hpp"
#include "src/exit/exit_input.hpp"
#include "src/exit/exit_screen.hpp"
#include "src/exit/exit_station.hpp"
#include "src/exit/scale_weight_topic.hpp"
#include "src/exit/tolerance_judge.hpp"
#include "src/exit/weighing_settings.hpp"

namespace weighing {
namespace {

class WeighingPlugin final : public possdk::Plugin {
 public:
  possdk::Status init(possdk::Host& host) override {
    host_ = &host;
    for (auto& driver : weighingDrivers()) host.devices().registerDriver(std::move(driver));
    auto settings = readWeighingSettings(host.settings());
    if (!settings) return possdk::Status::fail(settings.error());
    settings_ = settings.value();
    if (settings_.role == "exit") return initExit();
    return possdk::Status::ok();
  }

  possdk::Status start() override {
    if (auto s = claimScale(); !s) return s;
    if (settings_.role == "exit") {
      exit_ = std::make_unique<exit::ExitStation>(*host_, settings_, *judge_);
      exit_->start();
    }
    if (settings_.role == "bagging") {
      auto bagging = BaggingStation::create(*host_, settings_);
      if (!bagging) return possdk::Status::fail(bagging.error());
      bagging_ = std::move(bagging.value());
      bagging_->start();
    }
    return possdk::Status::ok();
  }

  void stop() noexcept override {
    if (exit_) host_->ui().close(exit::kExitScreenId);
    exit_.reset();
    bagging_.reset();
    scale_.reset();
  }

  // pos-server asks for this without init(): the module needs none of the lane's services.
  possdk::ServerModule* serverModule() override {
    if (!module_) module_ = server::makeWeighingModule();
    return module_.get();
  }

 private:
  possdk::Status initExit() {
    auto tolerance = exit::toleranceSettings(settings_.strictness);
    if (!tolerance) return possdk::Status::fail(tolerance.error());
    judge_ = std::make_unique<exit::ToleranceJudge>(tolerance.value(), settings_.bagTareMg, settings_.bagTareSpreadMg);
    host_->ui().onEvent(exit::kExitScreenId, [this](const possdk::UiEvent& e) {
      if (exit_) exit::dispatch(exit_->lane(), e);
    });
    host_->i18n().onLanguageChanged([this] {
      if (exit_) exit_->redraw();
    });
    return possdk::Status::ok();
  }

  // The exit lane and the bagging area cannot work without their scale; the counter alone can
  // (its cashier types weights).
  possdk::Status claimScale() {
    const bool needed = settings_.role == "exit" || settings_.role == "bagging";
    if (settings_.scale.empty()) {
      return needed ? possdk::Status::fail("plugins.weighing.scale: role \"" + settings_.role + "\" needs a scale; set its device id")
                    : possdk::Status::ok();
    }
    auto scale = host_->devices().claim(settings_.scale, [this](const possdk::DeviceEvent& e) { onScale(e); });
    if (!scale) {
      const auto why = "plugins.weighing.scale " + settings_.scale + ": " + scale.error();
      if (needed) return possdk::Status::fail(why);
      host_->log().warn(why);
      return possdk::Status::ok();
    }
    scale_ = scale.value();
    return possdk::Status::ok();
  }

  void onScale(const possdk::DeviceEvent& e) {
    if (e.name == "online") {
      if (exit_) exit_->lane().scaleBack();
      return;
    }
    const auto reading = readingFrom(e);
    if (!reading) return;
    if (auto weight = scaleWeightPayload(*reading)) host_->events().publish(kScaleWeightTopic, *weight);
    if (exit_) exit_->lane().scale(*reading);
    if (bagging_) bagging_->onReading(*reading);
  }

  possdk::Host* host_ = nullptr;
  WeighingSettings settings_;
  std::unique_ptr<exit::ToleranceJudge> judge_;
  std::shared_ptr<possdk::DeviceHandle> scale_;
  std::unique_ptr<exit::ExitStation> exit_;
  std::unique_ptr<BaggingStation> bagging_;
  std::unique_ptr<possdk::ServerModule> module_;
};

}  // namespace
}  // namespace weighing

POSSDK_PLUGIN(weighing::WeighingPlugin)
