#pragma once
#include <string>
#include <vector>

#include <wx/panel.h>

#include "poscore/theme/theme.hpp"

class wxStaticText;

namespace pos {

// Problems the people at the lane must see, not only the log: safe-mode notices, a theme that
// fell back, plugins that failed. Hidden when there are none.
class WarningBar final : public wxPanel {
 public:
  explicit WarningBar(wxWindow* parent);
  void set(const std::vector<std::string>& messages, const poscore::theme::Theme& theme);
  const std::vector<std::string>& messages() const { return messages_; }

 private:
  // Warnings name files and fields and run long: they wrap to the bar's width, again whenever it
  // changes, so none runs off the screen.
  void wrap();

  std::vector<std::string> messages_;
  std::vector<wxStaticText*> lines_;
  int wrappedTo_ = 0;
};

}  // namespace pos
