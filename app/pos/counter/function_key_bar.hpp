#pragma once
#include <functional>
#include <vector>

#include <wx/panel.h>

#include "counter/counter_keys.hpp"
#include "poscore/theme/theme.hpp"

namespace pos {

// The counter's key map on screen, laid out like the keyboard: plain F1-F8 on the top row, the
// Shift keys beneath, each button naming its key over its action. Clicking one runs the action;
// the buttons never keep the focus, which belongs to the scan field.
class FunctionKeyBar final : public wxPanel {
 public:
  using Run = std::function<void(CounterCommand)>;
  FunctionKeyBar(wxWindow* parent, Run run);
  void set(const poscore::theme::Theme& theme, const Translate& tr);

 private:
  Run run_;
};

}  // namespace pos
