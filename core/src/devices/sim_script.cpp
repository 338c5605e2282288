#include "poscore/devices/sim_script.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include "../util/json_fields.hpp"

namespace poscore {

namespace {

std::optional<Bytes> hexBytes(const std::string& text) {
  Bytes out;
  int high = -1;
  for (char c : text) {
    if (c == ' ') continue;
    int digit = -1;
    if (c >= '0' && c <= '9') digit = c - '0';
    if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
    if (digit < 0) return std::nullopt;
    if (high < 0) {
      high = digit;
    } else {
      out.push_back(static_cast<std::uint8_t>(high * 16 + digit));
      high = -1;
    }
  }
  if (high >= 0) return std::nullopt;
  return out;
}

// Reads "<name>" (text) or "<name>_hex" (hex digits); nullopt when neither is present.
std::optional<Bytes> bytesField(const Poco::JSON::Object& step, const std::string& name, const std::string& where) {
  const auto text = json::optionalString(step, name, where);
  const auto hex = json::optionalString(step, name + "_hex", where);
  if (text && hex) json::fail(where, name, "either \"" + name + "\" or \"" + name + "_hex\", not both");
  if (text) return Bytes(text->begin(), text->end());
  if (!hex) return std::nullopt;
  auto bytes = hexBytes(*hex);
  if (!bytes) json::fail(where, name + "_hex", "pairs of hex digits, e.g. \"1b 40\"");
  return bytes;
}

void addTimedStep(SimScript& script, const Poco::JSON::Object& step, const std::string& where) {
  const auto after = json::optionalInteger(step, "after_ms", where);
  if (*after < 0) json::fail(where, "after_ms", "a delay of 0 ms or more");
  auto bytes = bytesField(step, "send", where);
  if (!bytes) json::fail(where, "send", "the bytes to send (\"send\" or \"send_hex\") with \"after_ms\"");
  script.timed.push_back({std::chrono::milliseconds(*after), std::move(*bytes)});
}

void addAnswer(SimScript& script, const Poco::JSON::Object& step, const std::string& where) {
  auto expect = bytesField(step, "expect", where);
  if (!expect || expect->empty()) json::fail(where, "expect", "at least one byte to wait for");
  auto reply = bytesField(step, "reply", where);
  script.answers.push_back({std::move(*expect), reply ? std::move(*reply) : Bytes{}});
}

void addStep(SimScript& script, const Poco::JSON::Object& step, const std::string& where) {
  json::refuseUnknownKeys(
      step, {"after_ms", "send", "send_hex", "expect", "expect_hex", "reply", "reply_hex", "comment"}, where);
  const bool timed = step.has("after_ms");
  const bool answer = step.has("expect") || step.has("expect_hex");
  if (timed == answer) {
    throw std::invalid_argument(where +
                                ": expected either a timed step {\"after_ms\": 200, \"send\": \"...\"} "
                                "or an answer {\"expect\": \"...\", \"reply\": \"...\"}");
  }
  if (timed) {
    if (step.has("reply") || step.has("reply_hex")) json::fail(where, "reply", "only in answers, beside \"expect\"");
    addTimedStep(script, step, where);
  } else {
    if (step.has("send") || step.has("send_hex")) json::fail(where, "send", "only in timed steps, beside \"after_ms\"");
    addAnswer(script, step, where);
  }
}

bool loopsWithoutDelay(const SimScript& script) {
  if (!script.repeat) return false;
  for (const auto& step : script.timed) {
    if (step.after.count() > 0) return false;
  }
  return !script.timed.empty();
}

}  // namespace

SimScript parseSimScript(const std::string& jsonText, const std::string& source) {
  Poco::JSON::Object::Ptr root;
  try {
    root = Poco::JSON::Parser().parse(jsonText).extract<Poco::JSON::Object::Ptr>();
  } catch (const Poco::Exception& e) {
    throw std::invalid_argument(source + ": not a JSON object: " + e.displayText());
  }
  json::refuseUnknownKeys(*root, {"repeat", "steps", "comment"}, source + ":");
  SimScript script;
  script.repeat = json::optionalBool(*root, "repeat", source + ":").value_or(false);
  auto steps = json::optionalArray(*root, "steps", source + ":");
  if (!steps) json::fail(source + ":", "steps", "an array of steps (it is required)");
  for (std::size_t i = 0; i < steps->size(); ++i) {
    const std::string where = source + ": steps[" + std::to_string(i) + "]";
    addStep(script, *json::objectAt(*steps, i, source + ": steps"), where);
  }
  if (loopsWithoutDelay(script)) {
    json::fail(source + ":", "repeat", "at least one timed step with \"after_ms\" above 0 when repeating");
  }
  return script;
}

SimScript loadSimScript(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw std::invalid_argument(file.string() +
                                ": cannot read the simulator script; check the \"script\" path "
                                "in the settings' devices.simulators");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parseSimScript(text.str(), file.string());
}

}  // namespace poscore
