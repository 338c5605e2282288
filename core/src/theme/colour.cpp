#include <array>
#include <cstdio>

#include "poscore/theme/theme.hpp"

namespace poscore::theme {

namespace {
std::optional<int> hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return std::nullopt;
}

std::optional<std::uint8_t> hexByte(char high, char low) {
  const auto h = hexDigit(high);
  const auto l = hexDigit(low);
  if (!h || !l) return std::nullopt;
  return static_cast<std::uint8_t>(*h * 16 + *l);
}
}  // namespace

std::optional<Rgb> Rgb::parse(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  const auto r = hexByte(text[1], text[2]);
  const auto g = hexByte(text[3], text[4]);
  const auto b = hexByte(text[5], text[6]);
  if (!r || !g || !b) return std::nullopt;
  return Rgb{*r, *g, *b};
}

std::string Rgb::hex() const {
  std::array<char, 8> out{};
  std::snprintf(out.data(), out.size(), "#%02x%02x%02x", r, g, b);
  return out.data();
}

}  // namespace poscore::theme
