#include "poscore/i18n/catalogs.hpp"

#include <gtest/gtest.h>

#include "temp_dir.hpp"

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

TEST(Catalogs, APluginCannotRewordTheHostsText) {
  postest::TempDir hostLocale, pluginLocale;
  std::filesystem::create_directories(pluginLocale / "zh_CN/LC_MESSAGES");
  // A plugin that ships a catalog named after the host's domain.
  std::filesystem::copy_file(kHelloLocale / "zh_CN/LC_MESSAGES/hello.mo", pluginLocale / "zh_CN/LC_MESSAGES/pos.mo");
  poscore::Catalogs catalogs;
  catalogs.addDomain(poscore::Catalogs::kHostDomain, hostLocale.path());
  catalogs.addDomain("evil", pluginLocale.path());
  ASSERT_TRUE(catalogs.setLanguage("zh_CN"));
  EXPECT_EQ(catalogs.tr("Close"), "Close");
}

TEST(Catalogs, AThrowingLanguageHandlerDoesNotStopTheOthers) {
  poscore::Catalogs catalogs;
  int ran = 0;
  catalogs.onChanged([] { throw std::runtime_error("screen gone"); }, "points");
  catalogs.onChanged([&] {
    ++ran;
    catalogs.onChanged([] {}, "late");  // registering from inside a handler is allowed
  });
  EXPECT_TRUE(catalogs.setLanguage("zh_CN"));
  EXPECT_EQ(ran, 1);
  catalogs.forget("points");
  EXPECT_TRUE(catalogs.setLanguage("en"));
  EXPECT_EQ(ran, 2);
}

}  // namespace
