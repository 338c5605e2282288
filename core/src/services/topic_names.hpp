#pragma once
#include <string_view>

namespace poscore {

// A topic is dotted segments of [a-z0-9_-], none empty: "scanner.barcode".
bool isValidTopic(std::string_view topic);
// A pattern is a topic, "<topic>.*" for everything under it, or "*" for everything.
bool isValidPattern(std::string_view pattern);
bool patternMatches(std::string_view pattern, std::string_view topic);

}  // namespace poscore
