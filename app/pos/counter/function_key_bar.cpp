#include "counter/function_key_bar.hpp"

#include <wx/button.h>
#include <wx/sizer.h>

#include "theme_style.hpp"

namespace pos {

namespace {
constexpr int kGap = 3;
bool shifted(const CounterKey& k) { return k.key.rfind("Shift+", 0) == 0; }
}  // namespace

FunctionKeyBar::FunctionKeyBar(wxWindow* parent, Run run) : wxPanel(parent), run_(std::move(run)) {
  SetName("function-keys");
}

void FunctionKeyBar::set(const poscore::theme::Theme& theme, const Translate& tr) {
  Freeze();
  DestroyChildren();
  paint(*this, theme.palette.panel, theme.palette.foreground);
  std::size_t columns = 0;
  for (bool shift : {false, true}) {
    std::size_t n = 0;
    for (const auto& k : counterKeyMap()) n += shifted(k) == shift ? 1 : 0;
    columns = std::max(columns, n);
  }
  auto* grid = new wxGridSizer(0, static_cast<int>(columns), kGap, kGap);
  for (bool shift : {false, true}) {
    std::size_t placed = 0;
    for (const auto& k : counterKeyMap()) {
      if (shifted(k) != shift) continue;
      auto* button = new wxButton(this, wxID_ANY, labelOf(k.key + "\n" + counterCommandLabel(k.command, tr)),
                                  wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
      button->SetName(k.key);
      paint(*button, theme.palette.accent, textOn(theme.palette.accent));
      button->SetFont(detailFont(theme));
      button->DisableFocusFromKeyboard();
      button->Bind(wxEVT_BUTTON, [this, c = k.command](wxCommandEvent&) { CallAfter([this, c] { run_(c); }); });
      grid->Add(button, 1, wxEXPAND);
      ++placed;
    }
    for (; placed < columns; ++placed) grid->AddSpacer(0);
  }
  auto* outer = new wxBoxSizer(wxVERTICAL);
  outer->Add(grid, 0, wxEXPAND | wxALL, kGap);
  SetSizer(outer);
  Layout();
  Thaw();
}

}  // namespace pos
