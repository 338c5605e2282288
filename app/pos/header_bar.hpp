#pragma once
#include <filesystem>
#include <string>

#include <wx/panel.h>

#include "poscore/theme/theme.hpp"

class wxStaticBitmap;
class wxStaticText;

namespace pos {

// The strip across the top: the theme's logo, the mode, and what is showing below.
class HeaderBar final : public wxPanel {
 public:
  explicit HeaderBar(wxWindow* parent);
  // Loads the theme's logo once, when the theme is applied (not on every refresh). False when the
  // theme names a logo that cannot be read; the header then shows none.
  bool setLogo(const std::filesystem::path& file);
  void set(const poscore::theme::Theme& theme, const std::string& title, const std::string& subtitle);
  std::string title() const;

 private:
  wxStaticBitmap* logo_ = nullptr;
  wxStaticText* title_ = nullptr;
  wxStaticText* subtitle_ = nullptr;
};

}  // namespace pos
