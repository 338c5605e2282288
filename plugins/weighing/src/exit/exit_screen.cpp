#include "src/exit/exit_screen.hpp"
#include "src/tolerance/grams.hpp"

namespace weighing::exit {
namespace {

namespace ui = possdk::ui;
using possdk::AlertLevel;

std::string grams(std::int64_t mg) { return std::to_string(gramsOf(mg)) + " g"; }

// What the scale says when it says something other than a weight to judge.
const char* scaleProblem(ScaleStatus status) {
  switch (status) {
    case ScaleStatus::Over:
      return "The scale is overloaded: this is more than it can weigh.";
    case ScaleStatus::Under:
      return "The scale reads below zero: lift the bag off and let the scale re-zero.";
    case ScaleStatus::NotReady:
      return "The scale is not ready yet.";
    case ScaleStatus::Fault:
      return "The scale reports a fault.";
    case ScaleStatus::Unstable:
      return "Weighing... please do not touch the bag.";
    default:
      return nullptr;
  }
}

void addWeights(possdk::Screen& s, const ExitView& view, const possdk::Translator& i18n) {
  if (view.band) {
    s.add(ui::text("expected", i18n.tr("Expected") + ": " + grams(view.band->minMg) + " – " + grams(view.band->maxMg),
                   "large"));
  }
  if (view.measuredMg) s.add(ui::text("measured", i18n.tr("Measured") + ": " + grams(*view.measuredMg), "large"));
}

void addWeighing(possdk::Screen& s, const ExitView& view, const possdk::Translator& i18n) {
  const std::int64_t minG = view.band ? gramsOf(view.band->minMg) : 0;
  const std::int64_t maxG = view.band ? gramsOf(view.band->maxMg) : 0;
  s.add(ui::weightGauge("gauge", i18n.tr("Bag weight"), gramsOf(view.scale.milligrams), minG, maxG));
  if (const char* problem = scaleProblem(view.scale.status)) {
    const auto level = view.scale.status == ScaleStatus::Unstable ? AlertLevel::Info : AlertLevel::Warning;
    s.add(ui::alert("scale", i18n.tr(problem), level));
  }
}

void addAttendant(possdk::Screen& s, const ExitView& view, const possdk::Translator& i18n) {
  addWeights(s, view, i18n);
  s.add(ui::textEntry("supervisor", i18n.tr("Staff id")));
  if (!view.supervisorId.empty()) s.add(ui::text("supervisor_id", i18n.tr("Staff id") + ": " + view.supervisorId));
  s.add(ui::keypad("pin", i18n.tr("PIN")));
  s.add(ui::button("cancel", i18n.tr("Send back to scanning"), "danger"));
}

}  // namespace

possdk::Screen exitScreen(const ExitView& view, const possdk::Translator& i18n) {
  possdk::Screen s{kExitScreenId, i18n.tr("Exit check"), {}};
  if (!view.orderNo.empty()) s.add(ui::text("order", i18n.tr("Order") + " " + view.orderNo, "muted"));
  switch (view.stage) {
    case ExitStage::Scan:
      s.add(ui::text("prompt", i18n.tr(view.message), "title"));
      s.add(ui::textEntry("qr", i18n.tr("Order QR code")));
      break;
    case ExitStage::Verifying:
      s.add(ui::text("prompt", i18n.tr(view.message), "title"));
      break;
    case ExitStage::Weighing:
      s.add(ui::text("prompt", i18n.tr(view.message), "title"));
      if (!view.scaleOffline) addWeighing(s, view, i18n);
      break;
    case ExitStage::Passed:
      s.add(ui::alert("result", i18n.tr(view.message), AlertLevel::Success));
      break;
    case ExitStage::Alarm:
      s.add(ui::alert("result", i18n.tr(view.message), AlertLevel::Error));
      addWeights(s, view, i18n);
      s.add(ui::button("attendant", i18n.tr("Call an attendant"), "primary"));
      break;
    case ExitStage::Attendant:
      s.add(ui::alert("result", i18n.tr(view.message), AlertLevel::Warning));
      addAttendant(s, view, i18n);
      break;
    case ExitStage::Rejected:
      s.add(ui::alert("result", i18n.tr(view.message), AlertLevel::Error));
      s.add(ui::button("again", i18n.tr("Scan again"), "primary"));
      break;
  }
  if (view.scaleOffline) {
    s.add(ui::alert("scale", i18n.tr("The scale is offline. Please wait for an attendant."), AlertLevel::Error));
  }
  if (!view.notice.empty()) s.add(ui::alert("notice", i18n.tr(view.notice), AlertLevel::Warning));
  if (!view.detail.empty()) s.add(ui::text("detail", view.detail, "muted"));
  if (!view.devices.empty()) s.add(ui::alert("devices", view.devices, AlertLevel::Warning));
  return s;
}

}  // namespace weighing::exit
