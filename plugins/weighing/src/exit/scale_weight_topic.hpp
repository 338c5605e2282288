#pragma once
#include <optional>
#include <string>

#include "driver/scale_reading.hpp"

// The "scale.weight" topic the plugin republishes every reading on, for the counter's items sold
// by weight: {"grams":1234,"stable":true}. Lives beside the exit lane, its first reader.
namespace weighing {

inline constexpr const char* kScaleWeightTopic = "scale.weight";

// nullopt for readings that carry no weight (offline, fault).
std::optional<std::string> scaleWeightPayload(const ScaleReading& reading);

}  // namespace weighing
