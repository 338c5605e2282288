#include "src/bagging/bagging_payload.hpp"

#include <Poco/JSON/Object.h>


#include "src/tolerance/grams.hpp"
#include "driver/device_json.hpp"

namespace weighing {

std::string toPayload(const BaggingView& view) {
  Poco::JSON::Object o;
  o.set("state", std::string(stateName(view.state)));
  o.set("line_no", static_cast<Poco::Int64>(view.lineNo));
  o.set("grams", static_cast<Poco::Int64>(gramsOf(view.weightMg)));
  o.set("expected_grams", static_cast<Poco::Int64>(gramsOf(view.expectedMg)));
  o.set("min_grams", static_cast<Poco::Int64>(gramsOf(view.minMg)));
  o.set("max_grams", static_cast<Poco::Int64>(gramsOf(view.maxMg)));
  o.set("message", view.message);
  return jsonText(o);
}

}  // namespace weighing
