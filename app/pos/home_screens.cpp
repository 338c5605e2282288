#include "home_screens.hpp"

namespace pos {

using namespace possdk::ui;

namespace {

std::string lastScanned(const std::string& code, const Translate& tr) {
  return code.empty() ? tr("Nothing scanned yet") : fill(tr("Last scanned: {code}"), {{"code", code}});
}

// A cashier's screen: what to do, what was just scanned, and a field for codes that will not scan.
possdk::Screen counterHome(const std::string& lastCode, const Translate& tr) {
  possdk::Screen s;
  s.id = homeScreenId(Mode::Counter);
  s.add(text("prompt", tr("Scan an item"), "title"))
      .add(text("hint", tr("Scan a barcode, or type it below and press Enter."), "muted"))
      .add(text("last-code", lastScanned(lastCode, tr), "large"))
      .add(textEntry(kManualCodeElement, tr("Barcode")));
  return s;
}

// A customer's first sight of the lane: big, friendly, one instruction.
possdk::Screen selfCheckoutHome(const std::string& lastCode, const std::filesystem::path& logo, const Translate& tr) {
  possdk::Screen s;
  s.id = homeScreenId(Mode::SelfCheckout);
  if (!logo.empty()) s.add(image("logo", logo.string()));
  s.add(text("welcome", tr("Welcome"), "title"))
      .add(text("prompt", tr("Scan your first item"), "title"))
      .add(text("hint", tr("Place each item in the bagging area after scanning it."), "muted"));
  if (!lastCode.empty()) s.add(text("last-code", lastScanned(lastCode, tr), "large"));
  return s;
}

}  // namespace

possdk::Screen homeScreen(Mode mode, const std::string& lastCode, const std::filesystem::path& logo,
                          const Translate& tr) {
  return mode == Mode::Counter ? counterHome(lastCode, tr) : selfCheckoutHome(lastCode, logo, tr);
}

std::string homeScreenId(Mode mode) { return "home." + modeId(mode); }

}  // namespace pos
