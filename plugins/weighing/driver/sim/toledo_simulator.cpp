#include "driver/sim/toledo_simulator.hpp"

#include <charconv>

#include "driver/toledo_protocol.hpp"

namespace weighing {

namespace {

constexpr std::int64_t kDisplayLimitGrams = 99'999;  // "WW.WWW" kg

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

ToledoSimulator::ToledoSimulator(std::int64_t grams, std::int64_t capacityGrams)
    : grams_(grams), capacityGrams_(capacityGrams) {}

std::string ToledoSimulator::receive(std::string_view bytes) {
  std::string replies;
  for (char c : toledo::stripParity(bytes)) replies += answer(c);
  return replies;
}

std::string ToledoSimulator::answer(char command) {
  switch (command) {
    case toledo::kWeigh:
      return (status() & (toledo::kMotion | toledo::kOverCapacity | toledo::kUnderZero)) ? statusReply()
                                                                                        : weightReply();
    case toledo::kZero:
      if (!motion_ && !overCapacity()) {
        zeroGrams_ = grams_;
        tareGrams_ = 0;
        under_ = false;
      }
      return statusReply();
    case toledo::kTare:
      if (!motion_ && !overCapacity() && shownGrams() > 0) tareGrams_ = grams_ - zeroGrams_;
      return statusReply();
    default:
      return {};
  }
}

bool ToledoSimulator::overCapacity() const {
  return over_ || grams_ - zeroGrams_ > capacityGrams_ || shownGrams() > kDisplayLimitGrams;
}

std::uint8_t ToledoSimulator::status() const {
  std::uint8_t s = toledo::kAlwaysSet;
  if (motion_) s |= toledo::kMotion;
  if (overCapacity()) s |= toledo::kOverCapacity;
  if (under_ || shownGrams() < 0) s |= toledo::kUnderZero;
  if (!motion_ && shownGrams() == 0) s |= toledo::kCentreOfZero;
  return s;
}

std::string ToledoSimulator::statusReply() const {
  return std::string{toledo::kStx, '?', static_cast<char>(status()), toledo::kCr};
}

std::string ToledoSimulator::weightReply() const {
  const std::int64_t g = shownGrams();
  // Only shown between 0 and the display limit; above, status() says over capacity.
  auto padded = [](std::int64_t v, std::size_t width) {
    auto t = std::to_string(v);
    return std::string(width > t.size() ? width - t.size() : 0, '0') + t;
  };
  return std::string(1, toledo::kStx) + padded(g / 1000, 2) + "." + padded(g % 1000, 3) + (tareGrams_ > 0 ? "N" : "") +
         toledo::kCr;
}

possdk::Result<std::chrono::milliseconds> ToledoSimulator::apply(std::string_view line) {
  using R = possdk::Result<std::chrono::milliseconds>;
  line = trimmed(line);
  if (line.empty() || line.front() == '#') return std::chrono::milliseconds(0);
  const auto space = line.find(' ');
  const auto word = line.substr(0, space);
  const auto arg = space == std::string_view::npos ? std::string_view{} : trimmed(line.substr(space + 1));
  const auto usage = "; expected: weight G | motion on|off | over on|off | under on|off | sleep MS";
  if (word == "weight" || word == "sleep") {
    long long value = 0;
    const auto [end, ec] = std::from_chars(arg.data(), arg.data() + arg.size(), value);
    if (arg.empty() || ec != std::errc{} || end != arg.data() + arg.size() || (word == "sleep" && value < 0)) {
      return R::fail("\"" + std::string(line) + "\": " + std::string(word) + " takes a whole number" +
                     (word == "weight" ? " of grams" : " of milliseconds"));
    }
    if (word == "sleep") return std::chrono::milliseconds(value);
    grams_ = value;
    return std::chrono::milliseconds(0);
  }
  bool* flag = word == "motion" ? &motion_ : word == "over" ? &over_ : word == "under" ? &under_ : nullptr;
  if (!flag) return R::fail("\"" + std::string(line) + "\": unknown command '" + std::string(word) + "'" + usage);
  if (arg != "on" && arg != "off") {
    return R::fail("\"" + std::string(line) + "\": " + std::string(word) + " takes on or off");
  }
  *flag = arg == "on";
  return std::chrono::milliseconds(0);
}

}  // namespace weighing
