#include "renderer/screen_view.hpp"

#include <algorithm>

#include <wx/sizer.h>
#include <wx/settings.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include "theme_style.hpp"

namespace pos {

using possdk::ElementKind;

ScreenView::ScreenView(wxWindow* parent, Translate tr) : wxPanel(parent), tr_(std::move(tr)) {
  content_ = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
  content_->SetScrollRate(0, 16);
  // However tall the content, it scrolls; it must not push the button strip out of the view.
  content_->SetMinSize(wxSize(1, 1));
  strip_ = new wxPanel(this);
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(content_, 1, wxEXPAND);
  column->Add(strip_, 0, wxEXPAND);
  SetSizer(column);
  content_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    event.Skip();
    if (event.GetSize().x != sizedTo_) CallAfter([this] { fitWidth(); });
    sizedTo_ = event.GetSize().x;
  });
}

void ScreenView::setCentred(bool centred) {
  if (centred != centred_) invalidate();
  centred_ = centred;
}

void ScreenView::show(const possdk::Screen& screen, const poscore::theme::Theme& theme,
                      const std::filesystem::path& imageBase, EventSink sink) {
  sink_ = std::move(sink);
  if (sameShape(screen, theme, imageBase)) {
    updateInPlace(screen);
    return;
  }
  theme_ = theme;
  imageBase_ = imageBase;
  build(screen);
}

bool ScreenView::sameShape(const possdk::Screen& screen, const poscore::theme::Theme& theme,
                           const std::filesystem::path& imageBase) const {
  if (!built_ || built_->id != screen.id || theme_ != theme || imageBase_ != imageBase) return false;
  return std::equal(screen.elements.begin(), screen.elements.end(), built_->elements.begin(), built_->elements.end(),
                    [](const possdk::Element& a, const possdk::Element& b) { return a.kind == b.kind && a.id == b.id; });
}

void ScreenView::updateInPlace(const possdk::Screen& screen) {
  title_->SetLabelText(u8(screen.title));
  title_->Show(!screen.title.empty());
  for (std::size_t i = 0; i < views_.size(); ++i) views_[i]->update(screen.elements[i]);
  built_ = screen;
  fittedWidth_ = 0;  // updated texts are unwrapped again
  fitWidth();
  Refresh();
}

void ScreenView::fitWidth() {
  if (!built_) return;
  const int margin = std::max(8, theme_.touchTarget / 2);
  // From the outer width, less room for a scroll bar whether or not one shows: wrapping that made
  // the bar come and go would change the width it wraps to, and so on without end.
  const int scrollBar = std::max(0, wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, this));
  const int width = std::max(100, content_->GetSize().x - scrollBar - 2 * margin);
  if (width != fittedWidth_) {
    fittedWidth_ = width;
    title_->SetLabelText(u8(built_ ? built_->title : std::string()));
    title_->Wrap(width);
    for (auto* view : views_) view->fitWidth(width);
  }
  Layout();
  content_->Layout();
  content_->FitInside();
}

std::vector<std::string> ScreenView::buttonsOutOfView() const {
  std::vector<std::string> out;
  if (!built_) return out;
  const wxRect visible = GetScreenRect();
  for (std::size_t i = 0; i < views_.size(); ++i) {
    if (built_->elements[i].kind != ElementKind::Button) continue;
    const wxWindow* button = views_[i]->window();
    if (!button->IsShownOnScreen() || !visible.Contains(button->GetScreenRect())) out.push_back(built_->elements[i].id);
  }
  return out;
}

void ScreenView::build(const possdk::Screen& screen) {
  Freeze();
  content_->DestroyChildren();
  strip_->DestroyChildren();
  views_.clear();
  paint(*this, theme_.palette.background, theme_.palette.foreground);
  paint(*content_, theme_.palette.background, theme_.palette.foreground);
  paint(*strip_, theme_.palette.background, theme_.palette.foreground);
  const int margin = std::max(8, theme_.touchTarget / 2);
  const int gap = std::max(6, theme_.touchTarget / 4);
  const int align = centred_ ? wxALIGN_CENTER_HORIZONTAL : wxALIGN_LEFT;

  auto* column = new wxBoxSizer(wxVERTICAL);
  auto* buttons = new wxBoxSizer(wxVERTICAL);
  title_ = new wxStaticText(content_, wxID_ANY, labelOf(screen.title));
  title_->SetFont(titleFont(theme_));
  title_->SetForegroundColour(toWx(theme_.palette.foreground));
  title_->Show(!screen.title.empty());
  column->Add(title_, 0, align | wxBOTTOM, gap);

  const ElementContext ctx{&theme_, screen.id, [this](const possdk::UiEvent& e) { deliver(e); }, tr_, imageBase_};
  wxWrapSizer* buttonRow = nullptr;  // consecutive buttons share a row, wrapping when it is full
  for (const auto& element : screen.elements) {
    const bool isButton = element.kind == ElementKind::Button;
    ElementView* view = makeElementView(isButton ? strip_ : content_, element, ctx);
    views_.push_back(view);
    if (isButton) {
      if (!buttonRow) {
        buttonRow = new wxWrapSizer(wxHORIZONTAL);
        buttons->Add(buttonRow, 0, align | wxTOP, gap);
      }
      buttonRow->Add(view->window(), 0, wxRIGHT | wxBOTTOM, gap);
      continue;
    }
    buttonRow = nullptr;
    const bool fullWidth = element.kind == ElementKind::Table || element.kind == ElementKind::Alert ||
                           element.kind == ElementKind::TextEntry || element.kind == ElementKind::WeightGauge;
    column->Add(view->window(), 0, (fullWidth ? wxEXPAND : align) | wxBOTTOM, gap);
  }

  auto* outer = new wxBoxSizer(wxVERTICAL);
  outer->Add(column, 1, wxEXPAND | wxALL, margin);
  content_->SetSizer(outer);
  auto* stripOuter = new wxBoxSizer(wxVERTICAL);
  stripOuter->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT, margin);
  strip_->SetSizer(stripOuter);
  strip_->Show(buttons->GetItemCount() > 0);
  built_ = screen;
  ++builds_;
  fittedWidth_ = 0;
  fitWidth();
  Thaw();
  Refresh();
}

void ScreenView::deliver(const possdk::UiEvent& event) {
  // The sink of the moment of the event: by the time it runs, another screen may be showing.
  CallAfter([sink = sink_, event] {
    if (sink) sink(event);
  });
}

}  // namespace pos
