#include "poscore/i18n/catalogs.hpp"

#include <gtest/gtest.h>

namespace {

// The hello plugin's compiled catalog is the real thing a plugin ships.
const std::filesystem::path kHelloLocale = std::filesystem::path(POS_PLUGIN_DIR) / "hello/locale";

TEST(Catalogs, TranslatesAPluginDomainAndSwitchesAtRunTime) {
  poscore::Catalogs catalogs;
  catalogs.addDomain("hello", kHelloLocale);
  auto tr = catalogs.facadeFor("hello");
  EXPECT_EQ(tr->tr("Ring the bell"), "Ring the bell");
  int changes = 0;
  tr->onLanguageChanged([&] { ++changes; });

  ASSERT_TRUE(catalogs.setLanguage("zh_CN"));
  EXPECT_EQ(tr->language(), "zh_CN");
  EXPECT_EQ(tr->tr("Ring the bell"), "按响门铃");
  EXPECT_EQ(tr->tr("a message nobody translated"), "a message nobody translated");
  EXPECT_EQ(changes, 1);

  ASSERT_TRUE(catalogs.setLanguage("en"));
  EXPECT_EQ(tr->tr("Ring the bell"), "Ring the bell");
  EXPECT_EQ(changes, 2);
}

TEST(Catalogs, DomainsDoNotLeakIntoEachOther) {
  poscore::Catalogs catalogs;
  catalogs.addDomain("hello", kHelloLocale);
  ASSERT_TRUE(catalogs.setLanguage("zh_CN"));
  EXPECT_EQ(catalogs.tr("other_plugin", "Ring the bell"), "Ring the bell");
  EXPECT_EQ(catalogs.tr("hello", "Close"), "关闭");
}

TEST(Catalogs, UnsupportedLanguageIsRefusedAndTheOldOneKept) {
  poscore::Catalogs catalogs;
  ASSERT_TRUE(catalogs.setLanguage("zh_CN"));
  auto s = catalogs.setLanguage("fr");
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error(), "language 'fr' is not supported; use one of: en, zh_CN");
  EXPECT_EQ(catalogs.language(), "zh_CN");
}

}  // namespace
