#pragma once
#include <string>

#include <wx/dialog.h>

#include "poscore/theme/theme.hpp"
#include "shell_text.hpp"

class wxBoxSizer;
class wxStaticText;

namespace pos {

// The frame every counter dialog shares: themed, a prompt, a line for what was wrong (inside the
// dialog, so the cashier fixes the entry instead of starting over), and buttons that name their
// keys: Enter accepts, Esc backs out.
class CounterDialog : public wxDialog {
 public:
  CounterDialog(wxWindow* parent, const std::string& title, const poscore::theme::Theme& theme, const Translate& tr);
  // The text of the problem line, empty when there is none (for tests and screenshots).
  std::string problem() const;

 protected:
  void addPrompt(const std::string& text);
  void addControl(wxWindow* control);
  // Adds the problem line and the OK and Cancel buttons, then sizes the dialog around its content.
  void finish();
  void showProblem(const std::string& text);
  // Runs when Enter is pressed or OK clicked; a dialog calls EndModal(wxID_OK) from it when the
  // entry is good, or showProblem otherwise.
  virtual void accept() = 0;
  std::string tr(const std::string& msgid) const { return tr_(msgid); }

  const poscore::theme::Theme& theme_;
  Translate tr_;
  wxBoxSizer* column_ = nullptr;

 private:
  wxStaticText* problem_ = nullptr;
};

}  // namespace pos
