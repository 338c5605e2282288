#pragma once
#include <functional>
#include <string>

#include <wx/panel.h>

#include "poscore/theme/theme.hpp"
#include "shell_text.hpp"

class wxStaticText;
class wxTextCtrl;

namespace pos {

// What the counter shows while nobody is signed on: staff id and PIN (masked). Enter in the id
// moves to the PIN, Enter in the PIN signs on; the PIN is cleared after every attempt.
class SignOnView final : public wxPanel {
 public:
  using SignOn = std::function<void(const std::string& staffId, const std::string& pin)>;
  SignOnView(wxWindow* parent, SignOn signOn);
  void restyle(const poscore::theme::Theme& theme, const Translate& tr);
  // Puts the cursor where the cashier types next: the id, or the PIN once an id is there.
  void focusEntry();
  void clear();
  wxTextCtrl* idField() const { return id_; }
  wxTextCtrl* pinField() const { return pin_; }

 private:
  void onEnter(wxTextCtrl* field);

  SignOn signOn_;
  wxStaticText* title_ = nullptr;
  wxStaticText* idLabel_ = nullptr;
  wxStaticText* pinLabel_ = nullptr;
  wxStaticText* hint_ = nullptr;
  wxTextCtrl* id_ = nullptr;
  wxTextCtrl* pin_ = nullptr;
};

}  // namespace pos
