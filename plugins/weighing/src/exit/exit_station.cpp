#include "src/exit/exit_station.hpp"

#include "src/exit/exit_input.hpp"

namespace weighing::exit {
namespace {

// How long the customer waits for /exit/verify before the attendant takes over.
constexpr std::chrono::seconds kVerifyTimeout{5};

}  // namespace

ExitStation::ExitStation(possdk::Host& host, const WeighingSettings& settings, BasketJudge& judge)
    : host_(host),
      gate_(claim("EAS gate", settings.easGate, [this](const possdk::DeviceEvent& e) { onGate(e); })),
      server_(host.server(), kVerifyTimeout),
      eas_(claim("EAS deactivator", settings.easDeactivator, logErrors("EAS deactivator"))),
      speaker_(claim("sound device", settings.sound, logErrors("sound device")), host.log()),
      timers_(host),
      supervisors_(host),
      display_(host.ui(), host.i18n()),
      lane_({server_, eas_, speaker_, timers_, supervisors_, host.audit(), judge, display_}, settings.timings) {}

void ExitStation::start() {
  scans_ = host_.events().subscribe("scanner.barcode", [this](const possdk::BusMessage& m) {
    if (auto code = scannedCode(m.payload)) lane_.scanned(*code);
  });
  lane_.start();
  if (!missing_.empty()) lane_.devicesMissing(missing_);
}

// A pulse or a prompt fails after execute() has returned; the log is where the technician looks.
std::function<void(const possdk::DeviceEvent&)> ExitStation::logErrors(const std::string& what) {
  return [this, what](const possdk::DeviceEvent& e) {
    if (e.kind == possdk::DeviceEventKind::Error) host_.log().warn(what + " " + e.deviceId + ": " + e.name + " " + e.payload);
  };
}

std::shared_ptr<possdk::DeviceHandle> ExitStation::claim(const std::string& what, const std::string& id,
                                                        std::function<void(const possdk::DeviceEvent&)> onEvent) {
  std::string why;
  if (id.empty()) {
    why = what + ": none configured";
  } else {
    auto handle = host_.devices().claim(id, std::move(onEvent));
    if (handle) return handle.value();
    why = what + " " + id + ": " + handle.error();
  }
  host_.log().warn(why);
  missing_ += (missing_.empty() ? "" : "; ") + why;
  return nullptr;
}

// The gate sounds by itself; the lane only keeps a record for the attendant.
void ExitStation::onGate(const possdk::DeviceEvent& event) {
  if (event.name == "eas.alarm") host_.log().warn("EAS gate alarm at the exit: " + event.payload);
}

}  // namespace weighing::exit
