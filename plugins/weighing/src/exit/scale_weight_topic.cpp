#include "src/exit/scale_weight_topic.hpp"
#include "src/tolerance/grams.hpp"
#include "driver/device_json.hpp"

#include <Poco/JSON/Object.h>


namespace weighing {

std::optional<std::string> scaleWeightPayload(const ScaleReading& reading) {
  if (reading.status == ScaleStatus::Offline || reading.status == ScaleStatus::Fault) return std::nullopt;
  Poco::JSON::Object o;
  o.set("grams", static_cast<Poco::Int64>(gramsOf(reading.milligrams)));
  // A settled zero is as usable as a settled weight: the counter may show an empty platter.
  o.set("stable", reading.status == ScaleStatus::Stable || reading.status == ScaleStatus::Zero);
  return jsonText(o);
}

}  // namespace weighing
