#pragma once
#include <cstddef>
#include <string>

namespace poscore {

// "line L, column C" (both from 1) of the byte at `offset` in `text`, for messages that point into
// a settings file or a request body.
std::string lineAndColumn(const std::string& text, std::size_t offset);

}  // namespace poscore
