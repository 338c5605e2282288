#pragma once
#include <string>
#include <vector>

#include <wx/panel.h>

#include "poscore/theme/theme.hpp"

class wxStaticText;

namespace pos {

// The counter's messages, in a strip above the lines rather than in a box: an error from the last
// action (danger colour), the session's warnings (warning colour) and its other notices. It never
// takes the focus, so the cashier keeps scanning while it shows. Hidden when there is nothing.
class MessageStrip final : public wxPanel {
 public:
  enum class Level { Info, Warning, Error };
  struct Message {
    Level level = Level::Info;
    std::string text;
  };

  explicit MessageStrip(wxWindow* parent);
  void set(const std::vector<Message>& messages, const poscore::theme::Theme& theme);
  const std::vector<Message>& messages() const { return messages_; }
  bool AcceptsFocus() const override { return false; }

 private:
  std::vector<Message> messages_;
};

}  // namespace pos
