#include "src/exit/weighing_settings.hpp"

#include <charconv>

namespace weighing {
namespace {

struct Bad {
  std::string message;
};

std::int64_t number(const possdk::Settings& settings, const std::string& key, std::int64_t fallback, std::int64_t min,
                    std::int64_t max) {
  const auto text = settings.get(key);
  if (!text) return fallback;
  std::int64_t value = 0;
  const auto* end = text->data() + text->size();
  const auto [stop, error] = std::from_chars(text->data(), end, value);
  if (error != std::errc{} || stop != end || value < min || value > max) {
    throw Bad{"plugins.weighing." + key + ": '" + *text + "' is not a whole number from " + std::to_string(min) +
              " to " + std::to_string(max)};
  }
  return value;
}

}  // namespace

possdk::Result<WeighingSettings> readWeighingSettings(const possdk::Settings& settings) {
  try {
    WeighingSettings out;
    out.role = settings.getString("role", "");
    if (out.role != "" && out.role != "exit" && out.role != "bagging") {
      throw Bad{"plugins.weighing.role: '" + out.role + "' is not a role; use \"exit\", \"bagging\" or leave it empty"};
    }
    out.scale = settings.getString("scale", "");
    out.easDeactivator = settings.getString("eas_deactivator", "");
    out.easGate = settings.getString("eas_gate", "");
    out.sound = settings.getString("sound", "");
    out.strictness = settings.getString("strictness", "normal");
    out.timings.settle = std::chrono::milliseconds(number(settings, "settle_timeout_ms", 8000, 500, 600000));
    out.bagTareMg = number(settings, "bag_tare_g", 0, 0, 10000) * 1000;
    out.bagTareSpreadMg = number(settings, "bag_tare_spread_g", 0, 0, 10000) * 1000;
    return out;
  } catch (const Bad& bad) {
    return possdk::Result<WeighingSettings>::fail(bad.message);
  }
}

}  // namespace weighing
