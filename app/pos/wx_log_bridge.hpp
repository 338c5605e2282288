#pragma once
#include <wx/log.h>

namespace pos {

// Sends wxWidgets' own log messages (a PNG it could not decode, a file it could not open) to the
// lane's log. wx's default target shows them in modal dialogs, which stop an unattended lane, and
// a --screenshot run, until someone clicks them away.
class WxLogBridge final : public wxLog {
 protected:
  void DoLogTextAtLevel(wxLogLevel level, const wxString& message) override;
};

}  // namespace pos
