#include "renderer/screen_view.hpp"

#include <algorithm>

#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include "theme_style.hpp"

namespace pos {

using possdk::ElementKind;

ScreenView::ScreenView(wxWindow* parent, Translate tr)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL), tr_(std::move(tr)) {
  SetScrollRate(0, 16);
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
  title_->SetLabel(u8(screen.title));
  title_->Show(!screen.title.empty());
  for (std::size_t i = 0; i < views_.size(); ++i) views_[i]->update(screen.elements[i]);
  built_ = screen;
  Layout();
  FitInside();
  Refresh();
}

void ScreenView::build(const possdk::Screen& screen) {
  Freeze();
  DestroyChildren();
  views_.clear();
  paint(*this, theme_.palette.background, theme_.palette.foreground);
  const int margin = std::max(8, theme_.touchTarget / 2);
  const int gap = std::max(6, theme_.touchTarget / 4);
  const int align = centred_ ? wxALIGN_CENTER_HORIZONTAL : wxALIGN_LEFT;

  auto* column = new wxBoxSizer(wxVERTICAL);
  title_ = new wxStaticText(this, wxID_ANY, u8(screen.title));
  title_->SetFont(titleFont(theme_));
  title_->SetForegroundColour(toWx(theme_.palette.foreground));
  title_->Show(!screen.title.empty());
  column->Add(title_, 0, align | wxBOTTOM, gap);

  const ElementContext ctx{&theme_, screen.id, [this](const possdk::UiEvent& e) { deliver(e); }, tr_, imageBase_};
  wxWrapSizer* buttonRow = nullptr;  // consecutive buttons share a row, wrapping when it is full
  for (const auto& element : screen.elements) {
    ElementView* view = makeElementView(this, element, ctx);
    views_.push_back(view);
    if (element.kind == ElementKind::Button) {
      if (!buttonRow) {
        buttonRow = new wxWrapSizer(wxHORIZONTAL);
        column->Add(buttonRow, 0, align | wxBOTTOM, gap);
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
  SetSizer(outer);
  built_ = screen;
  ++builds_;
  Layout();
  FitInside();
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
