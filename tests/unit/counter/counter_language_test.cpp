#include <gtest/gtest.h>

#include <memory>

#include "counter_fixture.hpp"
#include "poscore/counter/printer_text.hpp"
#include "poscore/i18n/catalogs.hpp"

namespace countertest {
namespace {

using poscore::Money;
using poscore::counter::CounterText;
using poscore::counter::Notice;
using poscore::printer::PrinterState;

constexpr const char* kColaCan = "6921270000016";  // 3.00, tax A

// The host catalog as the build compiled it, switched to Simplified Chinese.
std::unique_ptr<poscore::Catalogs> chinese() {
  auto catalogs = std::make_unique<poscore::Catalogs>();
  catalogs->addDomain(poscore::Catalogs::kHostDomain, POS_BINARY_DIR "/locale");
  EXPECT_TRUE(catalogs->setLanguage("zh_CN"));
  return catalogs;
}

bool anyNoticeIs(const poscore::counter::View& view, const std::string& text) {
  for (const auto& n : view.notices) {
    if (n.text == text) return true;
  }
  return false;
}

TEST(CounterLanguage, AnUnknownBarcodeIsRefusedInChinese) {
  const auto catalogs = chinese();
  CounterFixture lane(catalogs.get());
  lane.signOnCashier();
  auto refused = lane.session().scan("4006381333931");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error(), "4006381333931 不在商品目录中；请核对条码，或输入商品编号");
}

TEST(CounterLanguage, AWrongPinIsRefusedInChineseWithTheAttemptsLeft) {
  const auto catalogs = chinese();
  CounterFixture lane(catalogs.get());
  auto refused = lane.session().signOn("1001", "0000");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error(), "员工号或密码不正确；请核对后重试（再错 4 次该员工号将被锁定）");
  refused = lane.session().signOn("1001", "0000");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error(), "员工号或密码不正确；请核对后重试（再错 3 次该员工号将被锁定）");
}

TEST(CounterLanguage, AnUnknownIdReadsLikeAWrongPinInChineseToo) {
  const auto catalogs = chinese();
  CounterFixture lane(catalogs.get());
  auto wrongPin = lane.session().signOn("1001", "0000");
  auto unknownId = lane.session().signOn("4242", "0000");
  ASSERT_FALSE(wrongPin);
  ASSERT_FALSE(unknownId);
  EXPECT_EQ(unknownId.error(), wrongPin.error());
}

TEST(CounterLanguage, AFormatSlipSaysWhetherTheIdOrThePinIsWrong) {
  const auto catalogs = chinese();
  CounterFixture lane(catalogs.get());
  auto badPin = lane.session().signOn("1001", "12");
  ASSERT_FALSE(badPin);
  EXPECT_EQ(badPin.error(), "未登录：密码为 4 至 8 位数字");
  auto badId = lane.session().signOn("10-1", "1234");
  ASSERT_FALSE(badId);
  EXPECT_EQ(badId.error(), "未登录：员工号为 1 至 10 位数字，见员工卡");
}

TEST(CounterLanguage, ALockSaysTheMinutesLeftRoundedUp) {
  const auto catalogs = chinese();
  CounterFixture lane(catalogs.get());
  for (int i = 0; i < 4; ++i) ASSERT_FALSE(lane.session().signOn("1001", "0000"));
  auto locked = lane.session().signOn("1001", "0000");
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error(), "员工号 1001 已连续 5 次登录失败，已被锁定：请在 5 分钟后重试，或请主管解锁");
  lane.clock->advance(std::chrono::seconds(90));
  auto still = lane.session().signOn("1001", "1234");
  ASSERT_FALSE(still);
  EXPECT_EQ(still.error(), "员工号 1001 已连续 5 次登录失败，已被锁定：请在 4 分钟后重试，或请主管解锁")
      << "3 min 30 s left";
}

TEST(CounterLanguage, ACashierCannotApproveInChinese) {
  const auto catalogs = chinese();
  CounterFixture lane(catalogs.get());
  lane.signOnCashier();
  auto refused = lane.session().zReport(poscore::counter::Approval{"1001", "1234"});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error(), "员工 1001 是收银员；须由主管输入自己的员工号和密码");
  auto wrongPin = lane.session().zReport(poscore::counter::Approval{"9001", "0000"});
  ASSERT_FALSE(wrongPin);
  EXPECT_EQ(wrongPin.error(), "员工号或密码不正确；请核对后重试（再错 4 次该员工号将被锁定）");
}

TEST(CounterLanguage, AQueuedReceiptAndThePrinterStateAreInChinese) {
  const auto catalogs = chinese();
  CounterFixture lane(catalogs.get());
  EXPECT_EQ(lane.session().view().printerState, "就绪");
  lane.signOnCashier();
  lane.printer.goOffline();
  auto& s = lane.session();
  ASSERT_TRUE(s.scan(kColaCan));
  ASSERT_TRUE(s.tender("cash", Money::minor(300), ""));
  EXPECT_EQ(s.view().printerState, "离线，1 张小票待打印");
  EXPECT_TRUE(anyNoticeIs(s.view(), "小票已排队：打印机离线；钱箱未打开")) << "paid in cash, so the drawer was to open";
}

TEST(CounterLanguage, ThePrinterStateFollowsALanguageSwitch) {
  const auto catalogs = chinese();
  CounterFixture lane(catalogs.get());
  lane.signOnCashier();
  lane.printer.setStatus(0x1A, 0x32, 0x7E);  // what a printer out of paper answers
  ASSERT_TRUE(lane.session().noSale("change for the float"));
  EXPECT_EQ(lane.session().view().printerState, "缺纸，1 张小票待打印");
  EXPECT_TRUE(anyNoticeIs(lane.session().view(), "开钱箱单已排队：打印机缺纸；钱箱未打开"));
  ASSERT_TRUE(catalogs->setLanguage("en"));
  lane.session().poll();
  EXPECT_EQ(lane.session().view().printerState, "out of paper, 1 receipt queued");
}

// The counter's English is the print queue's own, word for word, for every condition and count.
TEST(CounterLanguage, InEnglishThePrinterStateReadsAsThePrintQueueWordsIt) {
  const CounterText english(nullptr);
  for (const char* condition : {"ready", "paper near end", "out of paper", "cover open", "in error", "offline"}) {
    for (std::size_t waiting : {0u, 1u, 3u}) {
      const PrinterState state{condition, "", waiting};
      EXPECT_EQ(poscore::counter::printerStateText(english, state), state.summary());
    }
  }
}

TEST(CounterLanguage, EveryPrinterConditionHasItsChineseWords) {
  const auto catalogs = chinese();
  const CounterText text(catalogs.get());
  for (const char* condition : {"ready", "paper near end", "out of paper", "cover open", "in error", "offline"}) {
    const auto words = poscore::counter::printerConditionText(text, condition);
    EXPECT_NE(words, condition) << condition << " is left in English";
    EXPECT_EQ(words.find_first_of("abcdefghijklmnopqrstuvwxyz"), std::string::npos) << words;
  }
  EXPECT_EQ(poscore::counter::printerConditionText(text, "jammed"), "jammed") << "an unknown word stays as given";
}

}  // namespace
}  // namespace countertest
