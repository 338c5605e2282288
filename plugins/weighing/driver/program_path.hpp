#pragma once
#include <string>

#include "possdk/status.hpp"

namespace weighing {

// The full path of the executable `name` in the ':'-separated `searchPath` (as $PATH), or a
// message naming what was searched.
possdk::Result<std::string> findProgram(const std::string& name, const std::string& searchPath);

// $PATH, or "" when it is not set.
std::string environmentPath();

}  // namespace weighing
