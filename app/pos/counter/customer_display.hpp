#pragma once
#include <optional>
#include <string>
#include <vector>

#include <wx/frame.h>
#include <wx/panel.h>

#include "counter/line_format.hpp"
#include "poscore/counter/counter_session.hpp"
#include "poscore/theme/theme.hpp"

class wxStaticText;
class wxBoxSizer;

namespace pos {

// The second screen, facing the customer: the latest lines and the total in large type while the
// sale runs, "Thank you" with the change once it is paid, a welcome otherwise. It follows the
// lane's language. Shown when the setting shell.customer_display is true.
class CustomerDisplay final : public wxFrame {
 public:
  explicit CustomerDisplay(wxWindow* owner);
  void show(const poscore::counter::View& view, const poscore::theme::Theme& theme, const std::string& language,
            int decimals, const Translate& tr);
  // What the display says, line by line (for tests).
  std::vector<std::string> texts() const;

 private:
  void rebuild(const std::vector<std::pair<std::string, int>>& texts, const poscore::theme::Theme& theme);

  std::vector<std::string> shown_;
  wxPanel* root_ = nullptr;
};

}  // namespace pos
