#include <wx/dcbuffer.h>
#include <wx/panel.h>

#include "renderer/element_view.hpp"
#include "theme_style.hpp"

namespace pos {

namespace {

// A surface that reports where it was touched, in its own pixels. wxWidgets 3.2 delivers one
// contact (the pointer, which GTK also drives from a touch screen's first finger); Touched goes out
// when it lifts, with the point where it went down and, if it moved, the point where it lifted.
class TouchPadElement final : public wxPanel, public ElementView {
 public:
  TouchPadElement(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx)
      : wxPanel(parent), ctx_(ctx), id_(e.id), caption_(e.text), enabled_(e.enabled) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    const int side = std::max(240, ctx.theme->touchTarget * 4);
    SetMinSize(wxSize(side * 3 / 2, side));
    Bind(wxEVT_PAINT, &TouchPadElement::onPaint, this);
    Bind(wxEVT_LEFT_DOWN, &TouchPadElement::onDown, this);
    Bind(wxEVT_LEFT_UP, &TouchPadElement::onUp, this);
    Bind(wxEVT_MOUSE_CAPTURE_LOST, [this](wxMouseCaptureLostEvent&) { points_.clear(); });
  }
  wxWindow* window() override { return this; }
  void update(const possdk::Element& e) override {
    caption_ = e.text;
    enabled_ = e.enabled;
    Refresh();
  }

 private:
  void onDown(wxMouseEvent& event) {
    if (!enabled_) return;
    points_.clear();
    points_.push_back(possdk::TouchPoint{0, event.GetX(), event.GetY()});
    CaptureMouse();
    Refresh();
  }

  void onUp(wxMouseEvent& event) {
    if (HasCapture()) ReleaseMouse();
    if (points_.empty()) return;
    const possdk::TouchPoint last{0, event.GetX(), event.GetY()};
    if (last.x != points_.back().x || last.y != points_.back().y) points_.push_back(last);
    auto touches = std::move(points_);
    points_.clear();
    Refresh();
    ctx_.emit(id_, possdk::UiEventKind::Touched, {}, std::move(touches));
  }

  void onPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    const auto& t = *ctx_.theme;
    const auto& p = t.palette;
    dc.SetBackground(wxBrush(toWx(p.background)));
    dc.Clear();
    const wxSize size = GetClientSize();
    dc.SetPen(wxPen(toWx(enabled_ ? p.accent : blend(p.foreground, p.background, 60)), 3, wxPENSTYLE_SHORT_DASH));
    dc.SetBrush(wxBrush(toWx(p.panel)));
    dc.DrawRoundedRectangle(2, 2, size.x - 4, size.y - 4, t.touchTarget / 4.0);
    dc.SetFont(largeFont(t));
    dc.SetTextForeground(toWx(blend(p.foreground, p.panel, 25)));
    const wxString caption = u8(caption_);
    const wxSize extent = dc.GetTextExtent(caption);
    dc.DrawText(caption, (size.x - extent.x) / 2, (size.y - extent.y) / 2);
    dc.SetBrush(wxBrush(toWx(p.accent)));
    for (const auto& point : points_) dc.DrawCircle(point.x, point.y, std::max(6, t.touchTarget / 6));
  }

  ElementContext ctx_;
  std::string id_;
  std::string caption_;
  bool enabled_;
  std::vector<possdk::TouchPoint> points_;
};

}  // namespace

ElementView* makeTouchPad(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx) {
  return new TouchPadElement(parent, e, ctx);
}

}  // namespace pos
