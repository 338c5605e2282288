#include "src/exit/exit_input.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

namespace weighing::exit {

void dispatch(ExitLane& lane, const possdk::UiEvent& event) {
  using possdk::UiEventKind;
  if (event.kind == UiEventKind::Submitted) {
    if (event.element == "qr") lane.scanned(event.value);
    if (event.element == "supervisor") lane.supervisorEntered(event.value);
    if (event.element == "pin") lane.pinEntered(event.value);
  } else if (event.kind == UiEventKind::Pressed) {
    if (event.element == "attendant") lane.callAttendant();
    if (event.element == "again" || event.element == "cancel") lane.cancel();
  }
}

std::optional<std::string> scannedCode(const std::string& payload) {
  try {
    const auto o = Poco::JSON::Parser().parse(payload).extract<Poco::JSON::Object::Ptr>();
    const auto code = o ? o->optValue<std::string>("code", "") : "";
    if (!code.empty()) return code;
  } catch (const Poco::Exception&) {
  }
  return std::nullopt;
}

}  // namespace weighing::exit
