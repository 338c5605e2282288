#pragma once
#include <exception>
#include <string>
#include <type_traits>
#include <utility>

#include "possdk/status.hpp"

// Drivers and devices are plugin code: an exception from them becomes a message naming `who`
// instead of unwinding into the host (DESIGN decision 2: exceptions never cross the boundary).
namespace poscore {

template <typename F>
possdk::Status guardedStatus(const std::string& who, F&& call) {
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

template <typename F>
auto guardedValue(const std::string& who, F&& call) -> possdk::Result<std::invoke_result_t<F>> {
  using R = possdk::Result<std::invoke_result_t<F>>;
  try {
    return R(std::forward<F>(call)());
  } catch (const std::exception& e) {
    return R::fail(who + " threw: " + e.what());
  } catch (...) {
    return R::fail(who + " threw an exception that is not a std::exception");
  }
}

}  // namespace poscore
