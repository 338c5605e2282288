#pragma once
#include <string>
#include <vector>

#include "poscore/receipt/paper.hpp"

namespace vprinter {

// A plain-text picture of one receipt for reading and diffing: text lines aligned within
// `columns` (48 on 80 mm paper, 32 on 58 mm), symbols and machine actions in [brackets], a row
// of '=' at a full cut and of '-' at a partial one.
std::string receiptText(const std::vector<poscore::receipt::PaperItem>& items, int columns);

}  // namespace vprinter
