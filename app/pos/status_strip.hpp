#pragma once
#include <string>
#include <vector>

#include <wx/panel.h>

#include "poscore/theme/theme.hpp"

class wxStaticText;

namespace pos {

// The status bar along the bottom: devices, USB, server, mode, language, theme (StatusField
// order). A themed panel rather than a wxStatusBar, whose GTK background ignores the theme.
class StatusStrip final : public wxPanel {
 public:
  explicit StatusStrip(wxWindow* parent);
  void set(const std::vector<std::string>& fields);
  void style(const poscore::theme::Theme& theme);
  std::string field(int index) const;

 private:
  std::vector<wxStaticText*> fields_;
};

}  // namespace pos
