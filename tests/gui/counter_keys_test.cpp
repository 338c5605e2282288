#include "counter/counter_keys.hpp"

#include <gtest/gtest.h>

#include <set>

namespace pos {
namespace {

const Translate kIdentity = [](const std::string& s) { return s; };

TEST(CounterKeys, EveryCommandHasExactlyOneKeyAndEveryKeyOneCommand) {
  std::set<std::string> keys;
  std::set<CounterCommand> commands;
  for (const auto& k : counterKeyMap()) {
    EXPECT_TRUE(keys.insert(k.key).second) << k.key << " is bound twice";
    EXPECT_TRUE(commands.insert(k.command).second) << k.key << " repeats a command";
  }
  EXPECT_EQ(commands.size(), static_cast<std::size_t>(CounterCommand::Language) + 1) << "a command has no key";
}

TEST(CounterKeys, LeavesThePluginAndPluginsScreenKeysFree) {
  for (const char* key : {"F9", "F10", "F11", "F12", "Shift+F12"}) {
    EXPECT_FALSE(counterCommandFor(key).has_value()) << key << " belongs to plugins or the shell";
  }
}

TEST(CounterKeys, LooksUpBothWays) {
  EXPECT_EQ(counterCommandFor("F7"), CounterCommand::TenderCash);
  EXPECT_EQ(counterCommandFor("Shift+F9"), CounterCommand::ZReport);
  EXPECT_FALSE(counterCommandFor("f7").has_value()) << "key names are exact";
  for (const auto& k : counterKeyMap()) EXPECT_EQ(counterKeyOf(k.command), k.key);
}

TEST(CounterKeys, EveryCommandHasALabel) {
  std::set<std::string> labels;
  for (const auto& k : counterKeyMap()) {
    const auto label = counterCommandLabel(k.command, kIdentity);
    EXPECT_FALSE(label.empty()) << k.key;
    EXPECT_TRUE(labels.insert(label).second) << label << " names two commands";
  }
}

TEST(CounterKeys, LabelsGoThroughTheTranslation) {
  const Translate shout = [](const std::string& s) { return "<" + s + ">"; };
  EXPECT_EQ(counterCommandLabel(CounterCommand::VoidLine, shout), "<Void line>");
}

}  // namespace
}  // namespace pos
