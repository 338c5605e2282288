#include "poscore/selfcheckout/bagging_message.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <array>
#include <algorithm>

namespace poscore::selfcheckout {
namespace {

constexpr std::array kStates{"idle", "expecting", "ok", "unexpected_item", "not_bagged", "mismatch", "needs_attendant", "scale_offline"};

std::optional<std::int64_t> wholeNumber(const Poco::JSON::Object& body, const std::string& field) {
  if (!body.has(field) || body.isNull(field)) return std::nullopt;
  const auto value = body.get(field);
  if (!value.isInteger()) throw std::invalid_argument("field \"" + field + "\" must be a whole number");
  return value.convert<std::int64_t>();
}

}  // namespace

possdk::Result<BaggingMessage> parseBaggingMessage(const std::string& json) {
  using Out = possdk::Result<BaggingMessage>;
  try {
    const auto parsed = Poco::JSON::Parser().parse(json);
    const auto body = parsed.extract<Poco::JSON::Object::Ptr>();
    if (!body) return Out::fail("a weighing.bagging message must be a JSON object");
    if (!body->has("state") || !body->get("state").isString()) return Out::fail("a weighing.bagging message needs a text field \"state\"");
    BaggingMessage m;
    m.state = body->getValue<std::string>("state");
    if (std::find(kStates.begin(), kStates.end(), m.state) == kStates.end()) {
      return Out::fail("weighing.bagging state \"" + m.state + "\" is not one of docs/weighing.md's states");
    }
    if (const auto line = wholeNumber(*body, "line_no")) m.lineNo = static_cast<int>(*line);
    m.grams = wholeNumber(*body, "grams");
    m.expectedGrams = wholeNumber(*body, "expected_grams");
    m.minGrams = wholeNumber(*body, "min_grams");
    m.maxGrams = wholeNumber(*body, "max_grams");
    if (body->has("message") && !body->isNull("message")) {
      if (!body->get("message").isString()) return Out::fail("field \"message\" of weighing.bagging must be text");
      m.message = body->getValue<std::string>("message");
    }
    return m;
  } catch (const std::invalid_argument& e) {
    return Out::fail(std::string("weighing.bagging: ") + e.what());
  } catch (const Poco::Exception& e) {
    return Out::fail("a weighing.bagging message is not JSON: " + e.displayText());
  }
}

bool blocksCheckout(const BaggingMessage& message) {
  return message.state != "idle" && message.state != "ok" && message.state != "expecting";
}

}  // namespace poscore::selfcheckout
