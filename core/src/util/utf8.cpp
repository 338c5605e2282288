#include "poscore/util/utf8.hpp"

#include <Poco/UTF8Encoding.h>

namespace poscore {
namespace {

// The length the lead byte announces; 0 for a byte that cannot start a sequence.
int sequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

}  // namespace

std::optional<std::size_t> firstInvalidUtf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto length = sequenceLength(bytes[i]);
    if (length == 0 || i + static_cast<std::size_t>(length) > text.size() ||
        !Poco::UTF8Encoding::isLegal(bytes + i, length)) {
      return i;
    }
    i += static_cast<std::size_t>(length);
  }
  return std::nullopt;
}

std::string utf8Sanitized(std::string_view text) {
  std::string out;
  while (const auto bad = firstInvalidUtf8(text)) {
    out.append(text.substr(0, *bad));
    out.append("\xEF\xBF\xBD");
    text.remove_prefix(*bad + 1);
  }
  out.append(text);
  return out;
}

std::optional<std::size_t> utf8CodePoints(std::string_view text) {
  if (firstInvalidUtf8(text)) return std::nullopt;
  std::size_t count = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::string utf8Prefix(std::string_view text, std::size_t count) {
  std::size_t end = 0;
  std::size_t seen = 0;
  while (end < text.size()) {
    if ((static_cast<unsigned char>(text[end]) & 0xC0) != 0x80) {
      if (seen == count) break;
      ++seen;
    }
    ++end;
  }
  return std::string(text.substr(0, end));
}

}  // namespace poscore
