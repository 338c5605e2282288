#include <algorithm>

#include <wx/image.h>
#include <wx/log.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

#include "renderer/element_view.hpp"
#include "theme_style.hpp"

namespace pos {

namespace {

// Large product photos would push everything else off the screen.
constexpr double kMaxWidth = 480;
constexpr double kMaxHeight = 360;

wxImage loadScaled(const std::filesystem::path& file) {
  wxImage image;
  if (!std::filesystem::is_regular_file(file)) return {};
  {
    const wxLogNull quiet;  // a corrupt file shows "not found" in place, not a modal wx dialog
    if (!image.LoadFile(u8(file.string()))) return {};
  }
  const double scale = std::min({1.0, kMaxWidth / image.GetWidth(), kMaxHeight / image.GetHeight()});
  if (scale < 1.0) {
    image.Rescale(std::max(1, static_cast<int>(image.GetWidth() * scale)),
                  std::max(1, static_cast<int>(image.GetHeight() * scale)), wxIMAGE_QUALITY_HIGH);
  }
  return image;
}

// A PNG from the plugin's folder (or an absolute path). A missing file says which one, in place.
class ImageElement final : public wxPanel, public ElementView {
 public:
  ImageElement(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx)
      : wxPanel(parent), ctx_(ctx) {
    bitmap_ = new wxStaticBitmap(this, wxID_ANY, wxNullBitmap);
    missing_ = new wxStaticText(this, wxID_ANY, wxString());
    const auto& p = ctx.theme->palette;
    missing_->SetForegroundColour(toWx(blend(p.foreground, p.background, 35)));
    missing_->SetFont(bodyFont(*ctx.theme));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(bitmap_);
    sizer->Add(missing_);
    SetSizer(sizer);
    show(e.source);
  }
  wxWindow* window() override { return this; }
  void update(const possdk::Element& e) override {
    if (e.source != source_) show(e.source);
  }

 private:
  void show(const std::string& source) {
    source_ = source;
    const std::filesystem::path path(source);
    const wxImage image = loadScaled(path.is_absolute() ? path : ctx_.imageBase / path);
    bitmap_->SetBitmap(image.IsOk() ? wxBitmap(image) : wxNullBitmap);
    bitmap_->Show(image.IsOk());
    missing_->SetLabelText(u8(fill(ctx_.tr("Image not found: {file}"), {{"file", source}})));
    missing_->Show(!image.IsOk());
    Layout();
  }

  ElementContext ctx_;
  std::string source_;
  wxStaticBitmap* bitmap_ = nullptr;
  wxStaticText* missing_ = nullptr;
};

}  // namespace

ElementView* makeImage(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx) {
  return new ImageElement(parent, e, ctx);
}

}  // namespace pos
