#include <wx/dcbuffer.h>
#include <wx/panel.h>

#include "renderer/element_view.hpp"
#include "theme_style.hpp"

namespace pos {

namespace {

// A weight against the band it must fall in: the caption, the reading in large type, and a bar
// with the accepted band shaded. Inside the band reads in the success colour, outside in danger,
// and the words say which, so colour is never the only signal.
class WeightGaugeElement final : public wxPanel, public ElementView {
 public:
  WeightGaugeElement(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx)
      : wxPanel(parent), ctx_(ctx), element_(e) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    const auto& t = *ctx.theme;
    SetMinSize(wxSize(t.touchTarget * 8, t.fonts.size * 2 + t.fonts.titleSize * 2 + t.touchTarget));
    Bind(wxEVT_PAINT, &WeightGaugeElement::onPaint, this);
  }
  wxWindow* window() override { return this; }
  void update(const possdk::Element& e) override {
    element_ = e;
    Refresh();
  }

 private:
  bool inBand() const { return element_.value >= element_.min && element_.value <= element_.max; }

  std::string reading() const {
    const std::string unit = element_.unit.empty() ? "g" : element_.unit;
    const std::string verdict = inBand() ? ctx_.tr("within range") : ctx_.tr("out of range");
    return std::to_string(element_.value) + " " + unit + "  " + verdict;
  }

  void onPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    const auto& t = *ctx_.theme;
    const auto& p = t.palette;
    dc.SetBackground(wxBrush(toWx(p.background)));
    dc.Clear();
    const wxSize size = GetClientSize();
    dc.SetFont(bodyFont(t));
    dc.SetTextForeground(toWx(p.foreground));
    dc.DrawText(u8(element_.text), 0, 0);
    int y = dc.GetTextExtent(u8(element_.text)).y + 4;
    dc.SetFont(titleFont(t));
    dc.SetTextForeground(toWx(inBand() ? p.success : p.danger));
    dc.DrawText(u8(reading()), 0, y);
    y += dc.GetTextExtent(u8(reading())).y + 6;
    drawBar(dc, wxRect(0, y, size.x, std::max(8, size.y - y - 2)));
  }

  void drawBar(wxDC& dc, const wxRect& bar) {
    const auto& p = ctx_.theme->palette;
    // The scale runs a quarter past the band (or past the reading, if that is further).
    const double top = std::max<double>({1.0, element_.max * 1.25, element_.value * 1.05});
    auto xOf = [&](std::int64_t grams) {
      return bar.x + static_cast<int>(bar.width * std::clamp(grams / top, 0.0, 1.0));
    };
    dc.SetPen(wxPen(toWx(p.foreground)));
    dc.SetBrush(wxBrush(toWx(p.panel)));
    dc.DrawRectangle(bar);
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(toWx(blend(p.success, p.panel, 50))));
    dc.DrawRectangle(xOf(element_.min), bar.y + 1, std::max(2, xOf(element_.max) - xOf(element_.min)), bar.height - 2);
    dc.SetBrush(wxBrush(toWx(inBand() ? p.success : p.danger)));
    dc.DrawRectangle(std::max(bar.x, xOf(element_.value) - 3), bar.y, 6, bar.height);
  }

  ElementContext ctx_;
  possdk::Element element_;
};

}  // namespace

ElementView* makeWeightGauge(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx) {
  return new WeightGaugeElement(parent, e, ctx);
}

}  // namespace pos
