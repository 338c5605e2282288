#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace poscore {

// UTF-8 as the lane and the server check it: well-formed means no overlong forms, no surrogates and
// nothing above U+10FFFF (Poco::UTF8Encoding::isLegal).

// The byte offset of the first byte that is not well-formed UTF-8, or nullopt when the whole text
// is well-formed.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);
inline bool isValidUtf8(std::string_view text) { return !firstInvalidUtf8(text); }
// The number of code points, or nullopt when the text is not well-formed UTF-8. Display names are
// counted so, not in bytes, so Chinese names get the same room.
std::optional<std::size_t> utf8CodePoints(std::string_view text);
// The first `count` code points of well-formed text.
std::string utf8Prefix(std::string_view text, std::size_t count);

// The text with every byte that is not well-formed UTF-8 replaced by U+FFFD, for echoing what a
// client sent inside a JSON answer.
std::string utf8Sanitized(std::string_view text);

}  // namespace poscore
