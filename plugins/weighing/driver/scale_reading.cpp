#include "driver/scale_reading.hpp"

#include "src/tolerance/grams.hpp"
#include "driver/device_json.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <array>
#include <utility>

namespace weighing {

namespace {

struct StatusName {
  ScaleStatus status;
  const char* event;
  const char* payload;
  possdk::DeviceEventKind kind;
};

constexpr std::array kNames{
    StatusName{ScaleStatus::Stable, "weight.stable", "stable", possdk::DeviceEventKind::Data},
    StatusName{ScaleStatus::Zero, "weight.zero", "zero", possdk::DeviceEventKind::Data},
    StatusName{ScaleStatus::Unstable, "weight.unstable", "unstable", possdk::DeviceEventKind::StatusUpdate},
    StatusName{ScaleStatus::Over, "weight.over", "over", possdk::DeviceEventKind::StatusUpdate},
    StatusName{ScaleStatus::Under, "weight.under", "under", possdk::DeviceEventKind::StatusUpdate},
    StatusName{ScaleStatus::NotReady, "weight.not_ready", "not_ready", possdk::DeviceEventKind::StatusUpdate},
    StatusName{ScaleStatus::Fault, "scale.fault", "fault", possdk::DeviceEventKind::Error},
    StatusName{ScaleStatus::Offline, "offline", "offline", possdk::DeviceEventKind::Error},
};

const StatusName& named(ScaleStatus status) {
  for (const auto& n : kNames) {
    if (n.status == status) return n;
  }
  return kNames.front();
}

}  // namespace

const char* eventName(ScaleStatus status) { return named(status).event; }

possdk::DeviceEventKind eventKind(ScaleStatus status) { return named(status).kind; }

std::string toPayload(const ScaleReading& reading) {
  Poco::JSON::Object o;
  o.set("status", std::string(named(reading.status).payload));
  o.set("mg", static_cast<Poco::Int64>(reading.milligrams));
  o.set("grams", static_cast<Poco::Int64>(gramsOf(reading.milligrams)));
  o.set("resolution_mg", static_cast<Poco::Int64>(reading.resolutionMg));
  o.set("detail", reading.detail);
  o.set("net", reading.net);
  return jsonText(o);
}

possdk::DeviceEvent toEvent(const std::string& deviceId, const ScaleReading& reading) {
  return {deviceId, eventKind(reading.status), eventName(reading.status), toPayload(reading)};
}

std::optional<ScaleReading> readingFrom(const possdk::DeviceEvent& event) {
  try {
    auto o = Poco::JSON::Parser().parse(event.payload).extract<Poco::JSON::Object::Ptr>();
    if (!o) return std::nullopt;
    const auto status = o->optValue<std::string>("status", "");
    for (const auto& n : kNames) {
      if (status != n.payload || event.name != n.event) continue;
      ScaleReading r;
      r.status = n.status;
      r.milligrams = o->optValue<Poco::Int64>("mg", 0);
      r.resolutionMg = o->optValue<Poco::Int64>("resolution_mg", 0);
      r.detail = o->optValue<std::string>("detail", "");
      r.net = o->optValue<bool>("net", false);
      return r;
    }
  } catch (const Poco::Exception&) {
  }
  return std::nullopt;
}

ScaleReading grossOnly(ScaleReading reading) {
  if (!reading.net) return reading;
  reading.status = ScaleStatus::NotReady;
  reading.detail = "the scale shows a net weight (a tare is set); clear the tare on the scale so it weighs the whole load";
  return reading;
}

}  // namespace weighing
