#pragma once
#include <functional>
#include <string>
#include <vector>

#include "possdk/screen.hpp"
#include "possdk/ui_event.hpp"

namespace possdk {

// A menu entry the shell shows in the given modes ("counter", "self-checkout", "kiosk",
// "service-desk"; empty means all), bound to a function key when hotkey is set ("F7").
struct Action {
  std::string id;
  std::string label;
  std::string hotkey;
  std::vector<std::string> modes;
  std::function<void()> onTrigger;
};

// All calls are made, and all handlers run, on the UI thread.
class Ui {
 public:
  virtual ~Ui() = default;
  virtual void addAction(Action action) = 0;
  // Shows the screen, or redraws it in place when a screen with this id is already showing.
  virtual void show(const Screen& screen) = 0;
  virtual void close(const std::string& screenId) = 0;
  virtual void onEvent(const std::string& screenId, std::function<void(const UiEvent&)> handler) = 0;
};

}  // namespace possdk
