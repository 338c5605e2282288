// pos: the lane's shell. The command line is read before wx starts, so --help and usage errors
// need no display.
#include <wx/app.h>

#include "command_line.hpp"
#include "pos_app.hpp"
#include "startup_clock.hpp"

int main(int argc, char** argv) {
  pos::markProcessStart();
  const auto commandLine = pos::parseCommandLine(argc, argv);
  if (!commandLine.options) return commandLine.exitCode;
  // wx owns the app from here and deletes it on the way out. It is given only the program name:
  // the options are the shell's, and GTK must not take any of them for its own.
  wxApp::SetInstance(new pos::PosApp(*commandLine.options));
  int wxArgc = 1;
  return wxEntry(wxArgc, argv);
}
