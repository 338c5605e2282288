#include <wx/dcbuffer.h>
#include <wx/panel.h>

#include "renderer/element_view.hpp"
#include "theme_style.hpp"

namespace pos {

namespace {

// Where a camera's live picture goes. Frames come from the camera device, not from the plugin;
// until a frame source is attached the surface names the camera it is waiting for.
class VideoElement final : public wxPanel, public ElementView {
 public:
  VideoElement(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx)
      : wxPanel(parent), ctx_(ctx), camera_(e.source) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    // 4:3, at least four touch targets high so a face fills a useful part of it.
    const int height = std::max(240, ctx.theme->touchTarget * 4);
    SetMinSize(wxSize(height * 4 / 3, height));
    Bind(wxEVT_PAINT, &VideoElement::onPaint, this);
  }
  wxWindow* window() override { return this; }
  void update(const possdk::Element& e) override {
    if (e.source == camera_) return;
    camera_ = e.source;
    Refresh();
  }

 private:
  void onPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    const poscore::theme::Rgb surface{0x10, 0x10, 0x10};
    dc.SetBackground(wxBrush(toWx(surface)));
    dc.Clear();
    dc.SetFont(detailFont(*ctx_.theme));
    dc.SetTextForeground(toWx(textOn(surface)));
    const wxString label = u8(fill(ctx_.tr("Camera {id}: waiting for pictures"), {{"id", camera_}}));
    const wxSize extent = dc.GetTextExtent(label);
    const wxSize size = GetClientSize();
    dc.DrawText(label, (size.x - extent.x) / 2, (size.y - extent.y) / 2);
  }

  ElementContext ctx_;
  std::string camera_;
};

}  // namespace

ElementView* makeVideo(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx) {
  return new VideoElement(parent, e, ctx);
}

}  // namespace pos
