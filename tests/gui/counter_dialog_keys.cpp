#include "counter_dialog_keys.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/timer.h>

#include "frame_capture.hpp"
#include "gui_test_support.hpp"

namespace pos::test {

using namespace std::chrono_literals;

wxDialog* openDialog() {
  for (wxWindow* w : wxTopLevelWindows) {
    if (auto* d = dynamic_cast<wxDialog*>(w); d && d->IsShown()) return d;
  }
  return nullptr;
}

void saveDialog(wxDialog& dialog, const std::string& file) {
  dialog.Update();
  const wxSize size = dialog.GetClientSize();
  wxBitmap bitmap(size);
  {
    wxClientDC source(&dialog);
    wxMemoryDC target(bitmap);
    target.Blit(0, 0, size.x, size.y, &source, 0, 0);
  }
  std::filesystem::create_directories(POS_GUI_SCREENSHOT_DIR);
  EXPECT_TRUE(savePng(bitmap.ConvertToImage(), std::filesystem::path(POS_GUI_SCREENSHOT_DIR) / file).isOk());
}

void keyIntoDialogs(wxUIActionSimulator& sim, int key, int modifiers, const std::vector<std::string>& entries,
                    const std::vector<std::string>& pictures) {
  constexpr auto kStuck = 10s;
  std::size_t answered = 0;
  auto lastAnswer = std::chrono::steady_clock::now();
  int lastDialog = 0;
  wxTimer typing;
  typing.Bind(wxEVT_TIMER, [&](wxTimerEvent&) {
    wxDialog* dialog = openDialog();
    if (answered == entries.size() || !dialog || dialog->GetId() == lastDialog ||
        wxGetTopLevelParent(wxWindow::FindFocus()) != dialog) {
      return;
    }
    lastDialog = dialog->GetId();
    if (answered < pictures.size() && !pictures[answered].empty()) saveDialog(*dialog, pictures[answered]);
    // With no window manager the keyboard follows the pointer: it goes over the dialog first.
    sim.MouseMove(centreOf(*dialog));
    if (entries[answered] == kEsc) {
      sim.Char(WXK_ESCAPE);
      ++answered;
      lastAnswer = std::chrono::steady_clock::now();
      return;
    }
    std::string part;
    for (char c : entries[answered] + "\n") {
      if (c != '\n') {
        part += c;
        continue;
      }
      sim.Text(part.c_str());
      sim.Char(WXK_RETURN);
      part.clear();
    }
    ++answered;
    lastAnswer = std::chrono::steady_clock::now();
  });
  typing.Start(150);
  // A dialog nothing answered for a long while is closed, so the test fails instead of hanging;
  // the limits count from the last answer, so a slow machine with many dialogs is not cut short.
  wxTimer guard;
  guard.Bind(wxEVT_TIMER, [&](wxTimerEvent&) {
    if (std::chrono::steady_clock::now() - lastAnswer < kStuck) return;
    if (wxDialog* stuck = openDialog()) stuck->EndModal(wxID_CANCEL);
  });
  guard.Start(500);
  sim.Char(key, modifiers);
  const bool done = pumpUntil(
      [&] {
        const bool finished = answered == entries.size() && openDialog() == nullptr;
        return finished || std::chrono::steady_clock::now() - lastAnswer > kStuck + 3s;
      },
      std::chrono::minutes(5));
  ASSERT_TRUE(done && answered == entries.size() && openDialog() == nullptr)
      << answered << " of " << entries.size() << " dialogs answered";
  typing.Stop();
  guard.Stop();
  pumpFor(150ms);
}

}  // namespace pos::test
