#include "poscore/counter/weight_source.hpp"

#include <Poco/JSON/Parser.h>

namespace poscore::counter {
namespace {

std::optional<std::int64_t> stableWeightIn(const std::string& payload) {
  try {
    auto object = Poco::JSON::Parser().parse(payload).extract<Poco::JSON::Object::Ptr>();
    if (!object || !object->optValue("stable", false)) return std::nullopt;
    auto grams = object->get("grams");
    if (!grams.isInteger()) return std::nullopt;
    const auto value = grams.convert<std::int64_t>();
    if (value <= 0) return std::nullopt;
    return value;
  } catch (const Poco::Exception&) {
    return std::nullopt;
  }
}

}  // namespace

BusWeightSource::BusWeightSource(EventBusCore& bus)
    : subscription_(bus.subscribe("scale.weight", [this](const possdk::BusMessage& m) { reading(stableWeightIn(m.payload)); })) {}

void BusWeightSource::reading(std::optional<std::int64_t> grams) {
  // Drivers repeat a steady weight; only a different one (or none) frees the scale for the next item.
  if (grams != grams_) sold_ = false;
  grams_ = grams;
}

}  // namespace poscore::counter
