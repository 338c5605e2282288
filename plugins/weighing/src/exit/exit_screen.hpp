#pragma once
#include "possdk/i18n.hpp"
#include "possdk/screen.hpp"
#include "src/exit/exit_view.hpp"

// The exit lane's one screen, redrawn in place at every change: its elements follow the stage.
// Element ids the plugin listens to: "qr" (TextEntry), "again", "attendant", "cancel" (Buttons),
// "supervisor" (TextEntry) and "pin" (Keypad).
namespace weighing::exit {

inline constexpr const char* kExitScreenId = "weighing-exit";

possdk::Screen exitScreen(const ExitView& view, const possdk::Translator& i18n);

}  // namespace weighing::exit
