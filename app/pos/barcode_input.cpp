#include "barcode_input.hpp"

#include <sstream>
#include <stdexcept>

#include <Poco/JSON/Object.h>

namespace pos {

BarcodeInput::BarcodeInput(poscore::EventBusCore& bus, poscore::input::WedgeOptions options)
    : bus_(bus), wedge_(options), maxGap_(options.maxGap) {}

std::optional<std::string> BarcodeInput::key(char32_t c, poscore::input::KeyboardWedge::TimePoint at) {
  auto code = wedge_.key(c, at);
  if (code) bus_.publish("host", kBarcodeTopic, barcodePayload(*code));
  return code;
}

void BarcodeInput::publishManual(const std::string& code) {
  if (!code.empty()) bus_.publish("host", kBarcodeTopic, barcodePayload(code, true));
}

std::string barcodePayload(const std::string& code, bool manual) {
  Poco::JSON::Object body;
  body.set("code", code);
  if (manual) body.set("manual", true);
  std::ostringstream out;
  body.stringify(out);
  return out.str();
}

namespace {
long positiveSetting(const poscore::Config& config, const std::string& key, long fallback) {
  const auto text = config.get(key);
  if (!text) return fallback;
  try {
    std::size_t used = 0;
    const long value = std::stol(*text, &used);
    if (used == text->size() && value > 0) return value;
  } catch (const std::exception&) {
    // Reported below with the key's name, which std::stol does not know.
  }
  throw std::invalid_argument("settings " + key + ": expected a positive whole number, got '" + *text + "'");
}
}  // namespace

poscore::input::WedgeOptions wedgeOptionsFrom(const poscore::Config& config) {
  poscore::input::WedgeOptions options;
  options.maxGap = std::chrono::milliseconds(positiveSetting(config, "shell.scanner.max_gap_ms", options.maxGap.count()));
  options.minLength = static_cast<std::size_t>(
      positiveSetting(config, "shell.scanner.min_length", static_cast<long>(options.minLength)));
  return options;
}

}  // namespace pos
