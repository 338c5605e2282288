#pragma once
#include <string>
#include <variant>
#include <vector>

#include "poscore/receipt/receipt_doc.hpp"
#include "poscore/receipt/text_width.hpp"

// A laid-out slip's text as the paper shows it, for checking what prints.
namespace receipttest {

inline std::vector<std::string> textLines(const poscore::receipt::ReceiptDoc& doc) {
  std::vector<std::string> out;
  for (const auto& e : doc.elements()) {
    if (const auto* t = std::get_if<poscore::receipt::TextLine>(&e)) out.push_back(t->text);
  }
  return out;
}

// A row as the paper shows it: label, spaces, value, `width` columns in all.
inline std::string row(const std::string& label, const std::string& value, int width = 42) {
  using poscore::receipt::displayWidth;
  return label + std::string(static_cast<std::size_t>(width - displayWidth(label) - displayWidth(value)), ' ') + value;
}

}  // namespace receipttest
