#include "counter/message_strip.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>

#include "shell_text.hpp"
#include "theme_style.hpp"

namespace pos {

namespace {
constexpr int kWrapMargin = 24;

poscore::theme::Rgb backgroundOf(MessageStrip::Level level, const poscore::theme::Theme& theme) {
  switch (level) {
    case MessageStrip::Level::Error: return theme.palette.danger;
    case MessageStrip::Level::Warning: return theme.palette.warning;
    case MessageStrip::Level::Info: break;
  }
  return theme.palette.panel;
}
}  // namespace

MessageStrip::MessageStrip(wxWindow* parent) : wxPanel(parent) {
  SetName("message-strip");
  SetSizer(new wxBoxSizer(wxVERTICAL));
}

void MessageStrip::set(const std::vector<Message>& messages, const poscore::theme::Theme& theme) {
  messages_ = messages;
  Freeze();
  DestroyChildren();
  GetSizer()->Clear();
  const int width = std::max(200, GetParent()->GetClientSize().x - kWrapMargin);
  for (const auto& m : messages) {
    const auto background = backgroundOf(m.level, theme);
    auto* band = new wxPanel(this);
    paint(*band, background, m.level == Level::Info ? theme.palette.foreground : textOn(background));
    auto* text = new wxStaticText(band, wxID_ANY, labelOf(m.text));
    text->SetName(m.level == Level::Error ? "message-error" : "message");
    text->SetFont(bodyFont(theme));
    text->SetForegroundColour(band->GetForegroundColour());
    text->Wrap(width);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(text, 1, wxALL, 6);
    band->SetSizer(row);
    GetSizer()->Add(band, 0, wxEXPAND | wxBOTTOM, 1);
  }
  Show(!messages.empty());
  Thaw();
}

}  // namespace pos
