#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "possdk/ui.hpp"
#include "shell_text.hpp"

namespace pos {

// What the lane is being used as. Each mode has its own home screen and its own plugin actions.
enum class Mode { Counter, SelfCheckout };
inline constexpr std::array kModes{Mode::Counter, Mode::SelfCheckout};

// "counter", "self-checkout": the ids the command line, settings and plugin actions use.
std::string modeId(Mode mode);
std::optional<Mode> modeFromId(std::string_view id);
std::string modeName(Mode mode, const Translate& tr);
// An action with no modes is offered in every mode.
bool offeredIn(const possdk::Action& action, Mode mode);

}  // namespace pos
