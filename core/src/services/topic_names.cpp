#include "topic_names.hpp"

namespace poscore {
namespace {

constexpr std::string_view kEverything = "*";
constexpr std::string_view kUnder = ".*";

bool isSegmentChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

}  // namespace

bool isValidTopic(std::string_view topic) {
  bool segmentEmpty = true;
  for (char c : topic) {
    if (c == '.') {
      if (segmentEmpty) return false;
      segmentEmpty = true;
    } else if (isSegmentChar(c)) {
      segmentEmpty = false;
    } else {
      return false;
    }
  }
  return !segmentEmpty;
}

bool isValidPattern(std::string_view pattern) {
  if (pattern == kEverything) return true;
  if (pattern.ends_with(kUnder)) return isValidTopic(pattern.substr(0, pattern.size() - kUnder.size()));
  return isValidTopic(pattern);
}

bool patternMatches(std::string_view pattern, std::string_view topic) {
  if (pattern == kEverything) return true;
  if (pattern.ends_with(kUnder)) {
    // Keep the dot: "scanner.*" takes "scanner.barcode" but neither "scanner" nor "scanners.x".
    return topic.starts_with(pattern.substr(0, pattern.size() - 1));
  }
  return pattern == topic;
}

}  // namespace poscore
