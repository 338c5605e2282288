#include "hello_screen.hpp"

namespace hello {

possdk::Screen helloScreen(const HelloView& view, const possdk::Translator& i18n) {
  namespace ui = possdk::ui;
  possdk::Screen s{kScreenId, i18n.tr("Hello from a plugin"), {}};
  s.add(ui::text("greeting", view.greeting.empty() ? i18n.tr("Hello, store!") : view.greeting, "title"));
  s.add(ui::text("presses", i18n.tr("Bell presses") + ": " + std::to_string(view.presses), "large"));
  s.add(ui::text("scan", i18n.tr("Last scan") + ": " + (view.lastScan.empty() ? "-" : view.lastScan)));
  if (view.bellId.empty()) {
    s.add(ui::alert("bell", i18n.tr("No bell attached"), possdk::AlertLevel::Warning));
  } else {
    s.add(ui::alert("bell", i18n.tr("Bell") + " " + view.bellId + ": " + i18n.tr(view.bellStatus), possdk::AlertLevel::Info));
  }
  auto ring = ui::button("ring", i18n.tr("Ring the bell"), "primary");
  ring.enabled = !view.bellId.empty();
  s.add(ring);
  s.add(ui::button("close", i18n.tr("Close")));
  return s;
}

}  // namespace hello
