#include "poscore/counter/printer_text.hpp"

namespace poscore::counter {

std::string printerConditionText(const CounterText& text, const std::string& condition) {
  if (condition == "ready") return text.say("ready");
  if (condition == "paper near end") return text.say("paper near end");
  if (condition == "out of paper") return text.say("out of paper");
  if (condition == "cover open") return text.say("cover open");
  if (condition == "in error") return text.say("in error");
  if (condition == "offline") return text.say("offline");
  return condition;
}

std::string printerStateText(const CounterText& text, const printer::PrinterState& state) {
  const auto condition = printerConditionText(text, state.condition);
  if (state.waiting == 0) return condition;
  if (state.waiting == 1) return text.say("{1}, 1 receipt queued", {condition});
  return text.say("{1}, {2} receipts queued", {condition, std::to_string(state.waiting)});
}

std::string queuedSlipText(const CounterText& text, Slip slip, const std::string& condition) {
  const auto words = printerConditionText(text, condition);
  switch (slip) {
    case Slip::Receipt: return text.say("Receipt queued: printer {1}", {words});
    case Slip::ReceiptOpeningDrawer: return text.say("Receipt queued: printer {1}; the drawer did not open", {words});
    case Slip::NoSale: return text.say("No-sale slip queued: printer {1}; the drawer did not open", {words});
    case Slip::Report: return text.say("Report queued: printer {1}", {words});
    case Slip::Reprint: return text.say("Reprint queued: printer {1}", {words});
  }
  return text.say("Receipt queued: printer {1}", {words});
}

}  // namespace poscore::counter
