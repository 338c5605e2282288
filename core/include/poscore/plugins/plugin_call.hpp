#pragma once
#include <exception>
#include <string>
#include <type_traits>
#include <utility>

#include "poscore/plugins/crash_guard.hpp"
#include "possdk/status.hpp"

namespace poscore {

// Every call from the host into plugin code goes through here: the safe-mode marker names the
// plugin while it runs, and an exception becomes a failed Status naming `who` instead of
// unwinding into the host (DESIGN decisions 2 and 3). `pluginId` may be empty for host code.
template <typename F>
possdk::Status callPlugin(const std::string& pluginId, const std::string& who, F&& call) {
  CrashGuard::Scope scope(pluginId, who);
  try {
    if constexpr (std::is_void_v<std::invoke_result_t<F>>) {
      std::forward<F>(call)();
      return possdk::Status::ok();
    } else {
      return std::forward<F>(call)();
    }
  } catch (const std::exception& e) {
    return possdk::Status::fail(who + " threw: " + e.what());
  } catch (...) {
    return possdk::Status::fail(who + " threw an exception that is not a std::exception");
  }
}

// The same for a call that returns a value.
template <typename F>
auto callPluginFor(const std::string& pluginId, const std::string& who, F&& call)
    -> possdk::Result<std::invoke_result_t<F>> {
  using R = possdk::Result<std::invoke_result_t<F>>;
  CrashGuard::Scope scope(pluginId, who);
  try {
    return R(std::forward<F>(call)());
  } catch (const std::exception& e) {
    return R::fail(who + " threw: " + e.what());
  } catch (...) {
    return R::fail(who + " threw an exception that is not a std::exception");
  }
}

}  // namespace poscore
