#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <wx/image.h>
#include <wx/timer.h>

#include "main_frame.hpp"

namespace pos {

// The scripted walk the GUI smoke test relies on: counter mode, self-checkout mode, the
// self-checkout theme, Chinese, the Plugins screen, and the first plugin's screen opened by its
// function key. After each step it waits for the window to
// settle, saves a PNG into the folder and checks that the step took effect, on screen as well as
// in the frame's state. `finished` gets 0 when every step did, 1 otherwise.
class Selftest final : public wxEvtHandler {
 public:
  Selftest(MainFrame& frame, poscore::Runtime& runtime, std::filesystem::path themesDir, std::filesystem::path dir,
           std::function<void(int)> finished);
  void start();

 private:
  // What a step's check found wrong, in words for the log.
  using Problems = std::vector<std::string>;
  struct Step {
    std::string file;
    std::function<possdk::Status()> act;
    // Looks at the frame and at its picture (and the previous step's, to see that it changed).
    std::function<void(const wxImage& now, const wxImage& before, Problems& problems)> check;
  };
  Step counterStep();
  Step selfCheckoutModeStep();
  Step selfCheckoutThemeStep();
  Step chineseStep();
  Step pluginsStep();
  Step pluginScreenStep();
  void run(std::size_t index);
  void capture(std::size_t index);
  void expectBackground(const wxImage& image, const std::string& themeName, Problems& problems) const;
  std::string tr(const std::string& msgid) const;

  MainFrame& frame_;
  poscore::Runtime& runtime_;
  std::filesystem::path themesDir_;
  std::filesystem::path dir_;
  std::function<void(int)> finished_;
  std::vector<Step> steps_;
  std::size_t current_ = 0;
  possdk::Status acted_ = possdk::Status::ok();
  wxImage previous_;
  int failures_ = 0;
  wxTimer settle_;
};

}  // namespace pos
