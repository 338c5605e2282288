#include "modes.hpp"

#include <algorithm>

namespace pos {

std::string modeId(Mode mode) { return mode == Mode::Counter ? "counter" : "self-checkout"; }

std::optional<Mode> modeFromId(std::string_view id) {
  for (Mode m : kModes) {
    if (modeId(m) == id) return m;
  }
  return std::nullopt;
}

std::string modeName(Mode mode, const Translate& tr) {
  return mode == Mode::Counter ? tr("Counter") : tr("Self-checkout");
}

bool offeredIn(const possdk::Action& action, Mode mode) {
  return action.modes.empty() ||
         std::find(action.modes.begin(), action.modes.end(), modeId(mode)) != action.modes.end();
}

}  // namespace pos
