#pragma once
#include <wx/string.h>
#include <wx/textctrl.h>
#include <wx/weakref.h>

namespace pos {

// A wedge scanner types into the focused text field as if it were a person. This remembers the
// field as it was when a burst began (text, cursor, selection), so the scan's characters can be
// taken back out wherever the cursor was, not only at the end.
class ScanFieldGuard {
 public:
  // Remembers the focused window's state, when it is a text field; forgets any earlier one.
  void remember(wxWindow* focused);
  // Puts the remembered field back as it was, and forgets it.
  void restore();

 private:
  wxWeakRef<wxTextCtrl> field_;
  wxString value_;
  long insertion_ = 0;
  long selectionFrom_ = 0;
  long selectionTo_ = 0;
};

}  // namespace pos
