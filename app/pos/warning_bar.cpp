#include "warning_bar.hpp"

#include <algorithm>

#include <wx/sizer.h>
#include <wx/stattext.h>

#include "shell_text.hpp"
#include "theme_style.hpp"

namespace pos {

namespace {
constexpr int kMargin = 6;
std::string lineOf(const std::string& message) { return "\u26a0  " + message; }
}  // namespace

WarningBar::WarningBar(wxWindow* parent) : wxPanel(parent) {
  SetSizer(new wxBoxSizer(wxVERTICAL));
  Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    event.Skip();
    if (event.GetSize().x == wrappedTo_) return;
    wrappedTo_ = event.GetSize().x;
    CallAfter([this] { wrap(); });
  });
}

void WarningBar::set(const std::vector<std::string>& messages, const poscore::theme::Theme& theme) {
  messages_ = messages;
  Freeze();
  DestroyChildren();
  lines_.clear();
  const auto band = theme.palette.warning;
  paint(*this, band, textOn(band));
  for (const auto& message : messages) {
    auto* line = new wxStaticText(this, wxID_ANY, labelOf(lineOf(message)));
    line->SetFont(detailFont(theme).Bold());
    line->SetForegroundColour(toWx(textOn(band)));
    GetSizer()->Add(line, 0, wxALL, kMargin / 2);
    lines_.push_back(line);
  }
  Show(!messages.empty());
  Thaw();
  wrap();
}

void WarningBar::wrap() {
  const int width = std::max(200, GetParent()->GetClientSize().x - 2 * kMargin);
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    lines_[i]->SetLabelText(u8(lineOf(messages_[i])));
    lines_[i]->Wrap(width);
  }
  GetParent()->Layout();
}

}  // namespace pos
