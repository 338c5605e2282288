#include <array>
#include <charconv>
#include <cmath>
#include <utility>

#include "src/tolerance/tolerance_model.hpp"

namespace weighing {

namespace {

constexpr std::array<std::pair<const char*, double>, 3> kNamedLevels{
    {{"strict", 2.5}, {"normal", 3.0}, {"lenient", 4.0}}};
constexpr double kLeast = 1.0;
constexpr double kMost = 6.0;

}  // namespace

std::optional<double> parseStrictness(const std::string& text) {
  for (const auto& [name, value] : kNamedLevels) {
    if (text == name) return value;
  }
  double value = 0;
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  if (text.empty() || error != std::errc{} || stop != end || !std::isfinite(value)) return std::nullopt;
  if (value < kLeast || value > kMost) return std::nullopt;
  return value;
}

}  // namespace weighing
