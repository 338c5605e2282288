#pragma once
#include <string>
#include <string_view>
#include <vector>

// Receipt paper is measured in character columns of the printer's font A. A CJK ideograph (or any
// East Asian wide or fullwidth character) takes two columns, everything else one.
namespace poscore::receipt {

// Columns `utf8` takes on the paper. A byte that is not valid UTF-8 counts as one column, as the
// printer would still print something for it.
int displayWidth(std::string_view utf8);

// Splits `utf8` into pieces of at most `columns` columns each, never inside a character, breaking
// at the last space that fits when there is one. A single character wider than `columns` stays
// whole on its own piece. Empty text gives one empty piece.
std::vector<std::string> wrapToWidth(std::string_view utf8, int columns);

}  // namespace poscore::receipt
