// The weighing plugin's entry: registers its drivers, claims the scale (republished as
// "scale.weight" for the counter) and, by role, runs the exit lane or the bagging-area checks.
#include <Poco/JSON/Object.h>

#include <memory>
#include <optional>
#include <sstream>

#include "driver/drivers.hpp"
#include "driver/scale_reading.hpp"
#include "possdk/plugin.hpp"
#include "src/exit/exit_input.hpp"
#include "src/exit/exit_lane.hpp"
#include "src/exit/exit_screen.hpp"
#include "src/exit/host_ports.hpp"
#include "src/exit/tolerance_judge.hpp"
#include "src/exit/weighing_settings.hpp"

namespace weighing {
namespace {

// How long the customer waits for /exit/verify before the attendant takes over.
constexpr std::chrono::seconds kVerifyTimeout{5};

// The exit lane with the ports it runs on; built at start, gone at stop.
struct ExitRig {
  ExitRig(possdk::Host& host, const WeighingSettings& settings, const ToleranceSettings& tolerance,
          std::shared_ptr<possdk::DeviceHandle> deactivator, std::shared_ptr<possdk::DeviceHandle> sound)
      : server(host.server(), kVerifyTimeout),
        eas(std::move(deactivator)),
        speaker(std::move(sound), host.log()),
        timers(host),
        supervisors(host),
        judge(tolerance, settings.bagTareMg, settings.bagTareSpreadMg),
        display(host.ui(), host.i18n()),
        lane({server, eas, speaker, timers, supervisors, host.audit(), judge, display}, settings.timings) {}

  exit::HostExitServer server;
  exit::DeviceEas eas;
  exit::DeviceSpeaker speaker;
  exit::HostTimers timers;
  exit::HostSupervisors supervisors;
  exit::ToleranceJudge judge;
  exit::ScreenDisplay display;
  exit::ExitLane lane;
};

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
    if (settings_.role == "exit") return startExit();
    // Role "bagging": the bagging-area checker (src/bagging) starts here on the same scale
    // readings (onScale) and the host's "sale.*" topics.
    return possdk::Status::ok();
  }

  void stop() noexcept override {
    if (exit_) host_->ui().close(exit::kExitScreenId);
    scans_.reset();
    exit_.reset();
    scale_.reset();
    easGate_.reset();
  }

 private:
  possdk::Status initExit() {
    auto tolerance = exit::toleranceSettings(settings_.strictness);
    if (!tolerance) return possdk::Status::fail(tolerance.error());
    tolerance_ = tolerance.value();
    host_->ui().onEvent(exit::kExitScreenId, [this](const possdk::UiEvent& e) {
      if (exit_) exit::dispatch(exit_->lane, e);
    });
    host_->i18n().onLanguageChanged([this] {
      if (exit_) exit_->display.show(exit_->lane.view());
    });
    return possdk::Status::ok();
  }

  // The exit lane cannot work without its scale; any other role can (the counter types weights).
  possdk::Status claimScale() {
    if (settings_.scale.empty()) {
      if (settings_.role == "exit") {
        return possdk::Status::fail("plugins.weighing.scale: the exit lane needs a scale; set its device id");
      }
      return possdk::Status::ok();
    }
    auto scale = host_->devices().claim(settings_.scale, [this](const possdk::DeviceEvent& e) { onScale(e); });
    if (!scale) {
      const auto why = "scale " + settings_.scale + ": " + scale.error();
      if (settings_.role == "exit") return possdk::Status::fail(why);
      host_->log().warn(why);
      return possdk::Status::ok();
    }
    scale_ = scale.value();
    return possdk::Status::ok();
  }

  possdk::Status startExit() {
    std::string missing;
    auto eas = claimOptional("EAS deactivator", settings_.easDeactivator, missing);
    auto sound = claimOptional("sound device", settings_.sound, missing);
    easGate_ = claimOptional("EAS gate", settings_.easGate, missing, [this](const possdk::DeviceEvent& e) {
      if (e.name == "eas.alarm") host_->log().warn("EAS gate alarm at the exit: " + e.payload);
    });
    exit_ = std::make_unique<ExitRig>(*host_, settings_, tolerance_, std::move(eas), std::move(sound));
    scans_ = host_->events().subscribe("scanner.barcode", [this](const possdk::BusMessage& m) {
      if (auto code = exit::scannedCode(m.payload); code && exit_) exit_->lane.scanned(*code);
    });
    exit_->lane.start();
    if (!missing.empty()) exit_->lane.devicesMissing(missing);
    return possdk::Status::ok();
  }

  // A device the exit lane does without: its absence is logged and listed in `missing`.
  std::shared_ptr<possdk::DeviceHandle> claimOptional(const std::string& what, const std::string& id,
                                                      std::string& missing,
                                                      std::function<void(const possdk::DeviceEvent&)> onEvent = {}) {
    std::string why;
    if (id.empty()) {
      why = what + ": none configured";
    } else {
      auto handle = host_->devices().claim(id, onEvent ? onEvent : [](const possdk::DeviceEvent&) {});
      if (handle) return handle.value();
      why = what + " " + id + ": " + handle.error();
    }
    host_->log().warn(why);
    missing += (missing.empty() ? "" : "; ") + why;
    return nullptr;
  }

  void onScale(const possdk::DeviceEvent& e) {
    if (e.name == "online") {
      if (exit_) exit_->lane.scaleBack();
      return;
    }
    const auto reading = readingFrom(e);
    if (!reading) return;
    if (reading->status != ScaleStatus::Offline && reading->status != ScaleStatus::Fault) publishWeight(*reading);
    if (exit_) exit_->lane.scale(*reading);
  }

  void publishWeight(const ScaleReading& reading) {
    Poco::JSON::Object o;
    o.set("grams", static_cast<Poco::Int64>(roundedGrams(reading.milligrams)));
    o.set("stable", reading.status == ScaleStatus::Stable || reading.status == ScaleStatus::Zero);
    std::ostringstream out;
    o.stringify(out);
    host_->events().publish("scale.weight", out.str());
  }

  possdk::Host* host_ = nullptr;
  WeighingSettings settings_;
  ToleranceSettings tolerance_;
  std::shared_ptr<possdk::DeviceHandle> scale_;
  std::shared_ptr<possdk::DeviceHandle> easGate_;
  std::unique_ptr<ExitRig> exit_;
  std::unique_ptr<possdk::Subscription> scans_;
};

}  // namespace
}  // namespace weighing

POSSDK_PLUGIN(weighing::WeighingPlugin)
