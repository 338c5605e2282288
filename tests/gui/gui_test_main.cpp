// GoogleTest main for the shell's GUI tests: wx is started once (under xvfb-run) and every test
// drives windows on it, pumping the event loop with gui_test_support.hpp.
#include <gtest/gtest.h>

#include <wx/app.h>
#include <wx/image.h>
#include <wx/init.h>

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  wxApp::SetInstance(new wxApp);
  int wxArgc = 1;
  if (!wxEntryStart(wxArgc, argv)) return 2;
  wxImage::AddHandler(new wxPNGHandler);
  const int result = RUN_ALL_TESTS();
  wxEntryCleanup();
  return result;
}
