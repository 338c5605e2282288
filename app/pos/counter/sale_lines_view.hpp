#pragma once
#include <optional>
#include <vector>

#include <wx/listctrl.h>

#include "counter/line_format.hpp"
#include "poscore/theme/theme.hpp"

namespace pos {

// The sale's lines, one row each, with their adjustments on rows of their own beneath them and
// voided lines struck through. One line is selected: the one the line keys (quantity, void,
// price, discount) act on; a new line selects itself.
class SaleLinesView final : public wxListCtrl {
 public:
  explicit SaleLinesView(wxWindow* parent);
  void setHeadings(const Translate& tr);
  void set(const std::vector<LineText>& lines, const poscore::theme::Theme& theme);
  // The selected line's number; nullopt when there are no lines.
  std::optional<int> selectedLine() const;
  // Moves the selection to the previous (-1) or next (+1) line, skipping adjustment rows.
  void moveSelection(int step);
  int rowCount() const { return GetItemCount(); }
  std::string cell(int row, int column) const;

 private:
  void select(int lineNo);

  std::vector<int> rowLine_;  // the line each row belongs to
  std::vector<bool> rowIsLine_;
  std::size_t shownLines_ = 0;
  std::optional<int> selected_;
};

}  // namespace pos
