#include "counter/sale_lines_view.hpp"

#include <algorithm>
#include <array>

#include "theme_style.hpp"

namespace pos {

namespace {
enum Column { kNumber, kName, kQuantity, kPrice, kAmount };
constexpr int kWidths[] = {48, 340, 110, 110, 120};
}  // namespace

SaleLinesView::SaleLinesView(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL) {
  SetName("sale-lines");
  for (int c = kNumber; c <= kAmount; ++c) {
    AppendColumn(wxString(), c >= kQuantity ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT, kWidths[c]);
  }
}

void SaleLinesView::setHeadings(const Translate& tr) {
  const std::string headings[] = {tr("No."), tr("Item"), tr("Qty"), tr("Price"), tr("Amount")};
  for (int c = kNumber; c <= kAmount; ++c) {
    wxListItem column;
    column.SetText(u8(headings[c]));
    column.SetMask(wxLIST_MASK_TEXT);
    SetColumn(c, column);
  }
}

void SaleLinesView::set(const std::vector<LineText>& lines, const poscore::theme::Theme& theme) {
  Freeze();
  DeleteAllItems();
  rowLine_.clear();
  rowIsLine_.clear();
  paint(*this, theme.palette.background, theme.palette.foreground);
  const wxFont font = bodyFont(theme);
  const wxColour muted = toWx(blend(theme.palette.foreground, theme.palette.background, 45));
  auto addRow = [&](int lineNo, bool isLine, const std::array<std::string, 5>& cells) {
    const long row = InsertItem(GetItemCount(), u8(cells[kNumber]));
    for (int c = kName; c <= kAmount; ++c) SetItem(row, c, u8(cells[static_cast<std::size_t>(c)]));
    rowLine_.push_back(lineNo);
    rowIsLine_.push_back(isLine);
    return row;
  };
  for (const auto& line : lines) {
    const long row = addRow(line.lineNo, true, {line.number, line.name, line.quantity, line.price, line.amount});
    SetItemFont(row, line.voided ? wxFont(font).Strikethrough() : font);
    if (line.voided) SetItemTextColour(row, muted);
    for (const auto& a : line.adjustments) {
      const long adj = addRow(line.lineNo, false, {"", "    " + a.label, "", "", a.amount});
      SetItemFont(adj, line.voided ? wxFont(font).Strikethrough() : font);
      SetItemTextColour(adj, muted);
    }
  }
  // A new line is the one the cashier most likely means next; otherwise the selection stays.
  const bool grew = lines.size() != shownLines_;
  shownLines_ = lines.size();
  if (lines.empty()) {
    selected_.reset();
  } else if (grew || !selected_ ||
             std::none_of(lines.begin(), lines.end(), [&](const LineText& l) { return l.lineNo == *selected_; })) {
    selected_ = lines.back().lineNo;
  }
  if (selected_) select(*selected_);
  Thaw();
}

std::optional<int> SaleLinesView::selectedLine() const { return selected_; }

void SaleLinesView::moveSelection(int step) {
  if (!selected_) return;
  std::vector<int> lines;
  for (std::size_t r = 0; r < rowLine_.size(); ++r) {
    if (rowIsLine_[r]) lines.push_back(rowLine_[r]);
  }
  const auto at = std::find(lines.begin(), lines.end(), *selected_);
  if (at == lines.end()) return;
  const auto index = (at - lines.begin()) + step;
  if (index < 0 || index >= static_cast<long>(lines.size())) return;
  selected_ = lines[static_cast<std::size_t>(index)];
  select(*selected_);
}

void SaleLinesView::select(int lineNo) {
  for (std::size_t r = 0; r < rowLine_.size(); ++r) {
    if (rowIsLine_[r] && rowLine_[r] == lineNo) {
      SetItemState(static_cast<long>(r), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
      EnsureVisible(static_cast<long>(r));
      return;
    }
  }
}

std::string SaleLinesView::cell(int row, int column) const { return fromWx(GetItemText(row, column)); }

}  // namespace pos
