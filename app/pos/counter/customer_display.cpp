#include "counter/customer_display.hpp"

#include <wx/display.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "theme_style.hpp"

namespace pos {

namespace {
constexpr int kLinesShown = 6;
constexpr std::size_t kNameWidth = 24;  // characters of an item's name before it is cut
// Sizes relative to the theme's title size: the customer reads from a step away.
constexpr int kHugeScale = 3;
constexpr int kLargeScale = 2;
const wxSize kDisplaySize{800, 480};

std::string cut(const std::string& text) {
  if (text.size() <= kNameWidth) return text;
  std::size_t at = kNameWidth;
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;  // whole UTF-8 characters
  return text.substr(0, at) + "…";
}
}  // namespace

CustomerDisplay::CustomerDisplay(wxWindow* owner)
    : wxFrame(owner, wxID_ANY, wxString(), wxDefaultPosition, kDisplaySize,
              wxDEFAULT_FRAME_STYLE & ~wxCLOSE_BOX) {
  SetName("customer-display");
  root_ = new wxPanel(this);
  // A lane with a second screen shows the customer the whole of it.
  if (wxDisplay::GetCount() > 1) {
    SetSize(wxDisplay(1u).GetGeometry());
    Maximize();
  }
}

void CustomerDisplay::show(const poscore::counter::View& view, const poscore::theme::Theme& theme,
                           const std::string& language, int decimals, const Translate& tr) {
  SetTitle(u8(tr("Customer display")));
  std::vector<std::pair<std::string, int>> texts;  // text, scale (0 = body)
  if (view.sale && !view.sale->lines.empty()) {
    const auto& lines = view.sale->lines;
    const std::size_t first = lines.size() > kLinesShown ? lines.size() - kLinesShown : 0;
    for (std::size_t i = first; i < lines.size(); ++i) {
      const auto text = formatLine(lines[i], language, decimals, tr);
      texts.emplace_back(cut(text.name) + "   " + text.quantity + " x " + text.price + "   " + text.amount, 1);
    }
    texts.emplace_back(fill(tr("Total {amount}"), {{"amount", poscore::formatMoney(view.sale->totals.due, decimals)}}),
                       kHugeScale);
    if (!view.sale->totals.paid.isZero()) {
      texts.emplace_back(fill(tr("Due {amount}"), {{"amount", poscore::formatMoney(remainingDue(view.sale->totals), decimals)}}),
                         kLargeScale);
    }
  } else if (!view.sale && view.lastCompleted && view.lastCompleted->kind == poscore::sale::SaleKind::Sale) {
    texts.emplace_back(tr("Thank you"), kHugeScale);
    const auto& totals = view.lastCompleted->totals;
    texts.emplace_back(fill(tr("Total {amount}"), {{"amount", poscore::formatMoney(totals.due, decimals)}}), kLargeScale);
    texts.emplace_back(fill(tr("Change {amount}"), {{"amount", poscore::formatMoney(totals.change, decimals)}}), kHugeScale);
  } else {
    texts.emplace_back(tr("Welcome"), kHugeScale);
  }
  rebuild(texts, theme);
}

void CustomerDisplay::rebuild(const std::vector<std::pair<std::string, int>>& texts, const poscore::theme::Theme& theme) {
  std::vector<std::string> plain;
  for (const auto& t : texts) plain.push_back(t.first);
  if (plain == shown_ && root_->GetSizer()) return;
  shown_ = plain;
  root_->Freeze();
  root_->DestroyChildren();
  paint(*root_, theme.palette.background, theme.palette.foreground);
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->AddStretchSpacer();
  for (const auto& [text, scale] : texts) {
    auto* label = new wxStaticText(root_, wxID_ANY, labelOf(text));
    const int points = scale == 0 ? theme.fonts.size : theme.fonts.titleSize * scale * 2 / 3 + theme.fonts.size / 2;
    label->SetFont(wxFont(wxFontInfo(points).FaceName(theme.fonts.family).Bold(scale >= kLargeScale)));
    column->Add(label, 0, wxALIGN_CENTER_HORIZONTAL | wxALL, 8);
  }
  column->AddStretchSpacer();
  root_->SetSizer(column);
  root_->Layout();
  root_->Thaw();
}

std::vector<std::string> CustomerDisplay::texts() const { return shown_; }

}  // namespace pos
