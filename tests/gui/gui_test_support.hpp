#pragma once
#include <chrono>
#include <filesystem>
#include <functional>
#include <random>
#include <string>

#include <wx/app.h>
#include <wx/utils.h>
#include <wx/window.h>

namespace pos::test {

// Runs the event loop (CallAfter work, paints, timers) until `done` or the timeout.
inline bool pumpUntil(const std::function<bool()>& done,
                      std::chrono::milliseconds timeout = std::chrono::milliseconds(3000)) {
  const auto end = std::chrono::steady_clock::now() + timeout;
  while (!done()) {
    if (std::chrono::steady_clock::now() > end) return false;
    wxTheApp->Yield(true);
    wxMilliSleep(5);
  }
  return true;
}

inline void pumpFor(std::chrono::milliseconds duration) {
  pumpUntil([] { return false; }, duration);
}

// The centre of a window in screen coordinates, where simulated clicks go.
inline wxPoint centreOf(const wxWindow& window) {
  return window.ClientToScreen(wxPoint(window.GetClientSize().x / 2, window.GetClientSize().y / 2));
}

// A fresh folder under the system temp folder, removed by the caller.
inline std::filesystem::path freshTempDir(const std::string& stem) {
  std::random_device rd;
  auto dir = std::filesystem::temp_directory_path() / (stem + "-" + std::to_string(rd()));
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace pos::test

namespace pos::test {

// The first descendant of `root` of type T (depth first), or nullptr.
template <typename T>
T* findDescendant(wxWindow* root) {
  for (wxWindow* child : root->GetChildren()) {
    if (auto* match = dynamic_cast<T*>(child)) return match;
    if (auto* deeper = findDescendant<T>(child)) return deeper;
  }
  return nullptr;
}

}  // namespace pos::test
