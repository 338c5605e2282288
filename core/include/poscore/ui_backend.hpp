#pragma once
#include <string>

#include "possdk/screen.hpp"
#include "possdk/ui.hpp"

namespace poscore {

// What the host needs from whatever shows screens: the wx shell, or a headless recorder in tests
// and posctl. Every call is made on the UI thread. Events flow back through UiRouter::dispatch.
class UiBackend {
 public:
  virtual ~UiBackend() = default;
  virtual void addAction(const std::string& pluginId, const possdk::Action& action) = 0;
  virtual void show(const std::string& pluginId, const possdk::Screen& screen) = 0;
  virtual void close(const std::string& pluginId, const std::string& screenId) = 0;
  // The plugin failed or is going away: remove its actions and any screen of it still showing.
  virtual void removePlugin(const std::string& pluginId) = 0;
};

}  // namespace poscore
