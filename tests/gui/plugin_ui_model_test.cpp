#include <gtest/gtest.h>

#include "plugin_ui_model.hpp"

namespace pos {
namespace {

possdk::Action action(std::string id, std::string hotkey, std::vector<std::string> modes) {
  return possdk::Action{std::move(id), "label", std::move(hotkey), std::move(modes), {}};
}

possdk::Screen screen(std::string id, std::string title = {}) {
  possdk::Screen s;
  s.id = std::move(id);
  s.title = std::move(title);
  return s;
}

TEST(PluginUiModel, ActionsAreOfferedInTheirModes) {
  PluginUiModel model;
  model.addAction("points", action("redeem", "F7", {"counter"}));
  model.addAction("weighing", action("weigh", "F8", {"self-checkout"}));
  model.addAction("unlock", action("unlock", "", {}));
  EXPECT_EQ(model.actionsIn(Mode::Counter).size(), 2u);
  EXPECT_EQ(model.actionsIn(Mode::SelfCheckout).size(), 2u);
  EXPECT_EQ(model.actionForHotkey(Mode::Counter, "f7")->pluginId, "points");
  EXPECT_FALSE(model.actionForHotkey(Mode::SelfCheckout, "F7").has_value());
  EXPECT_FALSE(model.actionForHotkey(Mode::Counter, "F9").has_value());
}

TEST(PluginUiModel, AddingAnActionAgainReplacesIt) {
  PluginUiModel model;
  model.addAction("points", action("redeem", "F7", {}));
  model.addAction("points", action("redeem", "F6", {}));
  model.addAction("other", action("redeem", "F5", {}));
  ASSERT_EQ(model.actionsIn(Mode::Counter).size(), 2u);
  EXPECT_EQ(model.actionsIn(Mode::Counter)[0].action.hotkey, "F6");
}

TEST(PluginUiModel, ScreensStackAndShowingAgainUpdatesInPlace) {
  PluginUiModel model;
  std::vector<PluginUiModel::Change> changes;
  model.onChanged([&](PluginUiModel::Change c) { changes.push_back(c); });
  EXPECT_EQ(model.top(), nullptr);
  model.show("a", screen("one", "first"));
  model.show("b", screen("two"));
  EXPECT_EQ(model.top()->screen.id, "two");
  model.show("a", screen("one", "updated"));
  EXPECT_EQ(model.top()->pluginId, "b") << "an update must not climb over another plugin's screen";
  model.close("b", "two");
  EXPECT_EQ(model.top()->screen.title, "updated");
  model.show("b", screen("two"));
  model.close("a", "one");
  EXPECT_EQ(model.top()->screen.id, "two");
  model.close("a", "two");  // not a's screen: nothing changes
  EXPECT_EQ(model.top()->screen.id, "two");
  model.close("b", "two");
  EXPECT_EQ(model.top(), nullptr);
  EXPECT_EQ(changes.size(), 7u);
}

TEST(PluginUiModel, RemovingAPluginTakesItsActionsAndScreens) {
  PluginUiModel model;
  model.addAction("points", action("redeem", "F7", {}));
  model.addAction("unlock", action("unlock", "F6", {}));
  model.show("unlock", screen("locked"));
  model.show("points", screen("member"));
  std::vector<PluginUiModel::Change> changes;
  model.onChanged([&](PluginUiModel::Change c) { changes.push_back(c); });
  model.removePlugin("points");
  ASSERT_EQ(model.actionsIn(Mode::Counter).size(), 1u);
  EXPECT_EQ(model.actionsIn(Mode::Counter)[0].pluginId, "unlock");
  EXPECT_EQ(model.top()->screen.id, "locked");
  EXPECT_EQ(changes, (std::vector<PluginUiModel::Change>{PluginUiModel::Change::Actions, PluginUiModel::Change::Screens}));
  model.removePlugin("nobody");
  EXPECT_EQ(changes.size(), 2u);
}

}  // namespace
}  // namespace pos
