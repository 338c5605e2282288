#include "selftest.hpp"

#include <algorithm>
#include <iostream>

#include "frame_capture.hpp"
#include "poscore/theme/theme_loader.hpp"

namespace pos {

namespace {
// Long enough for GTK to lay out and paint a rebuilt frame under Xvfb on a loaded machine.
constexpr int kSettleMs = 600;

void expect(bool ok, const std::string& problem, std::vector<std::string>& problems) {
  if (!ok) problems.push_back(problem);
}

void expectChanged(const wxImage& now, const wxImage& before, std::vector<std::string>& problems) {
  expect(differingPixels(now, before) > 0, "the window did not change", problems);
}
}  // namespace

Selftest::Selftest(MainFrame& frame, poscore::Runtime& runtime, std::filesystem::path themesDir,
                   std::filesystem::path dir, std::function<void(int)> finished)
    : frame_(frame),
      runtime_(runtime),
      themesDir_(std::move(themesDir)),
      dir_(std::move(dir)),
      finished_(std::move(finished)),
      steps_{counterStep(),  selfCheckoutModeStep(), selfCheckoutThemeStep(),
             chineseStep(), pluginsStep(),          pluginScreenStep()},
      settle_(this) {
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { capture(current_); });
}

// Sets everything, so the walk starts from the same place whatever the settings say.
Selftest::Step Selftest::counterStep() {
  auto act = [this] {
    frame_.setTheme("classic");
    frame_.setMode(Mode::Counter);
    frame_.showPlugins(false);
    return frame_.setLanguage("en");
  };
  auto check = [this](const wxImage& now, const wxImage&, Problems& problems) {
    expect(frame_.headerTitle() == tr("Counter"), "the header does not say Counter", problems);
    expectBackground(now, "classic", problems);
  };
  return {"01-counter.png", act, check};
}

Selftest::Step Selftest::selfCheckoutModeStep() {
  auto act = [this] {
    frame_.setMode(Mode::SelfCheckout);
    return possdk::Status::ok();
  };
  auto check = [this](const wxImage& now, const wxImage& before, Problems& problems) {
    expect(frame_.mode() == Mode::SelfCheckout, "the mode is not self-checkout", problems);
    expect(frame_.headerTitle() == tr("Self-checkout"), "the header does not say Self-checkout", problems);
    expectChanged(now, before, problems);
    expectBackground(now, "classic", problems);
  };
  return {"02-self-checkout-mode.png", act, check};
}

Selftest::Step Selftest::selfCheckoutThemeStep() {
  auto act = [this] {
    frame_.setTheme("self-checkout");
    return possdk::Status::ok();
  };
  auto check = [this](const wxImage& now, const wxImage&, Problems& problems) {
    expect(frame_.theme().name == "self-checkout" && frame_.themeWarning().empty(),
           "theme self-checkout did not load: " + frame_.themeWarning(), problems);
    expectBackground(now, "self-checkout", problems);
  };
  return {"03-self-checkout-theme.png", act, check};
}

Selftest::Step Selftest::chineseStep() {
  auto act = [this] { return frame_.setLanguage("zh_CN"); };
  auto check = [this](const wxImage& now, const wxImage& before, Problems& problems) {
    expect(runtime_.catalogs().language() == "zh_CN", "the language is not zh_CN", problems);
    expect(tr("Self-checkout") != "Self-checkout", "the zh_CN catalog has no translation for the mode", problems);
    expect(frame_.headerTitle() == tr("Self-checkout"), "the header is not in the new language", problems);
    expectChanged(now, before, problems);
    expectBackground(now, "self-checkout", problems);
  };
  return {"04-language-zh_CN.png", act, check};
}

Selftest::Step Selftest::pluginsStep() {
  auto act = [this] {
    frame_.showPlugins(true);
    return possdk::Status::ok();
  };
  auto check = [this](const wxImage& now, const wxImage& before, Problems& problems) {
    const auto hosted = std::to_string(runtime_.plugins().plugins().size());
    const auto listed = std::to_string(frame_.pluginRows());
    expect(frame_.showingPlugins(), "the Plugins screen is not showing", problems);
    expect(listed == hosted, "the Plugins screen lists " + listed + " plugins, the host has " + hosted, problems);
    expectChanged(now, before, problems);
    expectBackground(now, "self-checkout", problems);
  };
  return {"05-plugins.png", act, check};
}

// The bundled template plugin, driven only through the SDK: its key opens its screen, in the
// language now showing, with the simulated bell it claimed.
Selftest::Step Selftest::pluginScreenStep() {
  auto act = [this] {
    frame_.showPlugins(false);
    return frame_.pressFunctionKey("F9") ? possdk::Status::ok() : possdk::Status::fail("nothing is bound to F9");
  };
  auto check = [this](const wxImage& now, const wxImage& before, Problems& problems) {
    const possdk::Screen* shown = frame_.shownScreen();
    expect(shown && shown->id == "hello", "F9 did not open the hello plugin's screen", problems);
    if (shown) {
      expect(shown->title == runtime_.catalogs().tr("hello", "Hello from a plugin") && shown->title != "Hello from a plugin",
             "the plugin's screen is not in the shell's language: " + shown->title, problems);
      const bool bell = std::any_of(shown->elements.begin(), shown->elements.end(), [](const possdk::Element& e) {
        return e.id == "bell" && e.text.find("sim:hello-bell") != std::string::npos;
      });
      expect(bell, "the plugin did not claim its simulated bell", problems);
      for (const auto& id : frame_.buttonsOutOfView()) {
        problems.push_back("button " + id + " is not wholly inside the window");
      }
      expect(std::any_of(shown->elements.begin(), shown->elements.end(),
                         [](const possdk::Element& e) { return e.kind == possdk::ElementKind::Button; }),
             "the plugin's screen has no buttons to check", problems);
    }
    expectChanged(now, before, problems);
    expectBackground(now, "self-checkout", problems);
  };
  return {"06-plugin-screen.png", act, check};
}

void Selftest::start() { run(0); }

void Selftest::run(std::size_t index) {
  if (index == steps_.size()) {
    finished_(failures_ == 0 ? 0 : 1);
    return;
  }
  current_ = index;
  acted_ = steps_[index].act();
  settle_.StartOnce(kSettleMs);
}

void Selftest::capture(std::size_t index) {
  const Step& step = steps_[index];
  const wxImage now = captureFrame(frame_);
  Problems problems;
  if (!acted_) problems.push_back(acted_.error());
  step.check(now, previous_.IsOk() ? previous_ : now, problems);
  if (auto saved = savePng(now, dir_ / step.file); !saved) problems.push_back(saved.error());
  std::cout << "selftest " << step.file << ": " << (problems.empty() ? "ok" : "FAILED") << "\n";
  for (const auto& p : problems) std::cout << "  " << p << "\n";
  std::cout.flush();
  if (!problems.empty()) ++failures_;
  previous_ = now;
  CallAfter([this, index] { run(index + 1); });
}

void Selftest::expectBackground(const wxImage& image, const std::string& themeName, Problems& problems) const {
  // The expected colour comes from the theme file itself, not from the frame under test.
  const auto expected = poscore::theme::loadNamedTheme(themesDir_, themeName);
  const auto seen = dominantColour(image);
  expect(expected.warning.empty() && sameColour(seen, expected.theme.palette.background),
         "the background is " + seen.hex() + ", theme " + themeName + " says " +
             expected.theme.palette.background.hex() + expected.warning,
         problems);
}

std::string Selftest::tr(const std::string& msgid) const { return runtime_.catalogs().tr(msgid); }

}  // namespace pos
