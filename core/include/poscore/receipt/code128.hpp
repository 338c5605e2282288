#pragma once
#include <string>
#include <string_view>

#include "possdk/status.hpp"

namespace poscore::receipt {

// What a scanner reads from a CODE128 symbol that ESC/POS describes (GS k 73): the data opens
// with a code-set selector {A, {B or {C; later {A/{B/{C switch sets, {S shifts one character
// between A and B, {1..{4 are FNC1..FNC4 and {{ is a literal '{'. In set C every byte is a value
// 0-99 (two digits). FNC1 reads as GS (0x1D) except in first place (the GS1 marker); the other
// FNCs read as nothing. Fails, saying where, on data a printer would refuse.
possdk::Result<std::string> code128Text(std::string_view escposData);

}  // namespace poscore::receipt
