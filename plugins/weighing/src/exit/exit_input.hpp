#pragma once
#include <optional>
#include <string>

#include "possdk/ui_event.hpp"
#include "src/exit/exit_lane.hpp"

// What reaches the exit lane from its screen and from the scanner.
namespace weighing::exit {

// Routes an event of the exit screen (exit_screen.hpp names its elements) to the lane.
void dispatch(ExitLane& lane, const possdk::UiEvent& event);

// The code of a "scanner.barcode" message ({"code":"..."}); nullopt when it carries none.
std::optional<std::string> scannedCode(const std::string& payload);

}  // namespace weighing::exit
