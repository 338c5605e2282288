#include <algorithm>

#include <wx/grid.h>

#include "renderer/element_view.hpp"
#include "theme_style.hpp"

namespace pos {

namespace {

// Rows of at most this many stay visible before the table scrolls.
constexpr int kVisibleRows = 8;

// Rows a cashier or customer picks from: a tap on a row chooses it at once (touch screens have no
// double click), and Enter chooses the cursor's row for cashiers moving with the arrow keys.
// Choosing raises Pressed with the row index. A grid rather than a list control, because its rows,
// headings and colours all follow the theme.
class TableElement final : public wxGrid, public ElementView {
 public:
  TableElement(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx)
      : wxGrid(parent, wxID_ANY), ctx_(ctx), id_(e.id) {
    CreateGrid(0, 0, wxGridSelectRows);
    EnableEditing(false);
    EnableDragRowSize(false);
    EnableDragGridSize(false);
    HideRowLabels();
    style();
    Bind(wxEVT_GRID_CELL_LEFT_CLICK, [this](wxGridEvent& event) {
      event.Skip();
      if (IsEnabled()) choose(event.GetRow());
    });
    Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
      const bool enter = event.GetKeyCode() == WXK_RETURN || event.GetKeyCode() == WXK_NUMPAD_ENTER;
      if (enter && GetGridCursorRow() >= 0) {
        choose(GetGridCursorRow());
      } else {
        event.Skip();
      }
    });
    fill(e);
  }
  wxWindow* window() override { return this; }
  void update(const possdk::Element& e) override {
    if (e.columns != columns_ || e.rows != rows_) fill(e);
    Enable(e.enabled);
  }

 private:
  void style() {
    const auto& t = *ctx_.theme;
    const auto& p = t.palette;
    SetDefaultRowSize(t.touchTarget, true);
    SetColLabelSize(t.touchTarget);
    SetDefaultCellFont(bodyFont(t));
    SetLabelFont(bodyFont(t).Bold());
    SetDefaultCellBackgroundColour(toWx(p.background));
    SetDefaultCellTextColour(toWx(p.foreground));
    SetLabelBackgroundColour(toWx(p.panel));
    SetLabelTextColour(toWx(p.foreground));
    SetGridLineColour(toWx(blend(p.foreground, p.background, 70)));
    SetSelectionBackground(toWx(p.accent));
    SetSelectionForeground(toWx(textOn(p.accent)));
    SetCellHighlightPenWidth(0);
    SetBackgroundColour(toWx(p.background));
  }

  void fill(const possdk::Element& e) {
    columns_ = e.columns;
    rows_ = e.rows;
    ClearSelection();
    if (GetNumberRows() > 0) DeleteRows(0, GetNumberRows());
    if (GetNumberCols() > 0) DeleteCols(0, GetNumberCols());
    AppendCols(static_cast<int>(e.columns.size()));
    AppendRows(static_cast<int>(e.rows.size()));
    for (std::size_t c = 0; c < e.columns.size(); ++c) SetColLabelValue(static_cast<int>(c), u8(e.columns[c]));
    for (std::size_t r = 0; r < e.rows.size(); ++r) {
      for (std::size_t c = 0; c < e.rows[r].size() && c < e.columns.size(); ++c) {
        SetCellValue(static_cast<int>(r), static_cast<int>(c), u8(e.rows[r][c]));
      }
    }
    AutoSizeColumns(false);
    for (int c = 0; c < GetNumberCols(); ++c) SetColSize(c, GetColSize(c) + ctx_.theme->touchTarget / 2);
    const int shown = std::clamp(static_cast<int>(e.rows.size()), 1, kVisibleRows);
    SetMinSize(wxSize(-1, GetColLabelSize() + shown * GetDefaultRowSize() + 4));
    Enable(e.enabled);
  }

  void choose(int row) { ctx_.emit(id_, possdk::UiEventKind::Pressed, std::to_string(row)); }

  ElementContext ctx_;
  std::string id_;
  std::vector<std::string> columns_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace

ElementView* makeTable(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx) {
  return new TableElement(parent, e, ctx);
}

}  // namespace pos
