// The exit screen follows the lane's stage, shows grams and the band, and every text on it comes
// from the translator with a Chinese translation in po/zh_CN.po.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>

#include "src/exit/exit_screen.hpp"
#include "unit/exit_fakes.hpp"

namespace exit_test {
namespace {

using ::testing::HasSubstr;

// Translates from the plugin's own catalog and remembers what it had no translation for.
class PoTranslator final : public possdk::Translator {
 public:
  PoTranslator() {
    std::ifstream in(POS_SOURCE_DIR "/plugins/weighing/po/zh_CN.po");
    std::string line, id;
    while (std::getline(in, line)) {
      if (line.rfind("msgid \"", 0) == 0) id = line.substr(7, line.size() - 8);
      if (line.rfind("msgstr \"", 0) == 0 && !id.empty()) catalog_[id] = line.substr(8, line.size() - 9);
    }
  }
  std::string tr(const std::string& msgid) const override {
    const auto found = catalog_.find(msgid);
    if (found == catalog_.end() || found->second.empty()) {
      missing.insert(msgid);
      return msgid;
    }
    return found->second;
  }
  std::string language() const override { return "zh_CN"; }
  void onLanguageChanged(std::function<void()>) override {}

  mutable std::set<std::string> missing;

 private:
  std::map<std::string, std::string> catalog_;
};

const possdk::Element* element(const possdk::Screen& s, const std::string& id) {
  for (const auto& e : s.elements) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

class ExitScreen : public ::testing::Test {
 protected:
  possdk::Screen screen() const { return exitScreen(rig.display.last, zh); }

  Rig rig;
  PoTranslator zh;
};

TEST_F(ExitScreen, ScanAsksForTheQrCodeInTheLanesLanguage) {
  rig.lane.start();
  const auto s = screen();
  EXPECT_EQ(s.id, kExitScreenId);
  EXPECT_EQ(s.title, "出口核验");
  EXPECT_EQ(element(s, "prompt")->text, "请扫描已付款订单的二维码");
  EXPECT_EQ(element(s, "qr")->kind, possdk::ElementKind::TextEntry);
}

TEST_F(ExitScreen, WeighingShowsLiveGramsAgainstTheBand) {
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Unstable, 1234567));
  const auto s = screen();
  const auto* gauge = element(s, "gauge");
  ASSERT_NE(gauge, nullptr);
  EXPECT_EQ(gauge->kind, possdk::ElementKind::WeightGauge);
  EXPECT_EQ(gauge->value, 1235);
  EXPECT_EQ(gauge->min, 1450);
  EXPECT_EQ(gauge->max, 1550);
  EXPECT_EQ(element(s, "order")->text, "订单 W-0042");
}

TEST_F(ExitScreen, OverAndUnderReadingsAreShownAsSuch) {
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Over, 1500000));
  EXPECT_EQ(element(screen(), "scale")->text, "秤已超载：超出了秤的量程。");
  EXPECT_EQ(element(screen(), "scale")->level, possdk::AlertLevel::Warning);
  rig.lane.scale(reading(ScaleStatus::Under, -20000));
  EXPECT_EQ(element(screen(), "scale")->text, "秤的读数低于零：请拿起购物袋，让秤重新归零。");
  EXPECT_EQ(element(screen(), "gauge")->value, -20);
}

TEST_F(ExitScreen, AnUnpluggedScaleReplacesTheGaugeWithAnAlarm) {
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Offline));
  const auto s = screen();
  EXPECT_EQ(element(s, "gauge"), nullptr);
  EXPECT_EQ(element(s, "scale")->level, possdk::AlertLevel::Error);
  EXPECT_EQ(element(s, "scale")->text, "秤已断开，请等候工作人员。");
}

TEST_F(ExitScreen, PassIsASuccessAlert) {
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Stable, 1500000));
  EXPECT_EQ(element(screen(), "result")->level, possdk::AlertLevel::Success);
}

TEST_F(ExitScreen, AlarmShowsExpectedAgainstMeasuredAndTheAttendantButton) {
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Stable, 1900400));
  const auto s = screen();
  EXPECT_EQ(element(s, "result")->level, possdk::AlertLevel::Error);
  EXPECT_EQ(element(s, "result")->text, "请检查您的商品");
  EXPECT_EQ(element(s, "expected")->text, "应为: 1450 g – 1550 g");
  EXPECT_EQ(element(s, "measured")->text, "实测: 1900 g");
  EXPECT_EQ(element(s, "attendant")->kind, possdk::ElementKind::Button);
}

TEST_F(ExitScreen, AttendantAsksForStaffIdAndPinAndShowsARefusal) {
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Stable, 1900000));
  rig.lane.callAttendant();
  rig.lane.supervisorEntered("S7");
  rig.lane.pinEntered("1111");
  const auto s = screen();
  EXPECT_EQ(element(s, "supervisor")->kind, possdk::ElementKind::TextEntry);
  EXPECT_EQ(element(s, "pin")->kind, possdk::ElementKind::Keypad);
  EXPECT_EQ(element(s, "supervisor_id")->text, "员工编号: S7");
  EXPECT_THAT(element(s, "detail")->text, HasSubstr("Wrong PIN"));
  EXPECT_NE(element(s, "cancel"), nullptr);
}

TEST_F(ExitScreen, ARefusedQrExplainsAndOffersToScanAgain) {
  rig.lane.start();
  rig.lane.scanned("WO1.x.y");
  rig.server.answer(409, errorBody(409, "order_unpaid"));
  const auto s = screen();
  EXPECT_EQ(element(s, "result")->text, "此订单尚未付款，请先付款。");
  EXPECT_EQ(element(s, "again")->kind, possdk::ElementKind::Button);
}

TEST_F(ExitScreen, MissingDevicesAreListed) {
  rig.lane.start();
  rig.lane.devicesMissing("EAS deactivator: none configured");
  EXPECT_EQ(element(screen(), "devices")->text, "EAS deactivator: none configured");
}

// Walks every stage and fault and checks that nothing on the screens lacks a translation.
TEST_F(ExitScreen, EveryTextHasAChineseTranslation) {
  auto walk = [&](auto&& steps) {
    Rig r;
    r.lane.start();
    steps(r);
    (void)exitScreen(r.display.last, zh);
  };
  const std::pair<int, const char*> refusals[] = {
      {422, "qr_malformed"}, {422, "qr_signature_invalid"}, {404, "order_unknown"}, {409, "order_unpaid"}, {409, "order_used"}};
  for (const auto& [status, code] : refusals) {
    walk([&](Rig& r) {
      r.lane.scanned("q");
      r.server.answer(status, errorBody(status, code));
      EXPECT_EQ(r.display.last.stage, ExitStage::Rejected) << code;
    });
  }
  walk([](Rig& r) { r.lane.scanned("q"); });
  walk([](Rig& r) {
    r.lane.scanned("q");
    r.server.fail("down");
  });
  walk([](Rig& r) {
    r.lane.scanned("q");
    r.server.answer(500, "oops");
  });
  walk([](Rig& r) {
    r.lane.scanned("q");
    r.server.answer(200, "{}");
  });
  walk([](Rig& r) {
    r.lane.scanned("q");
    r.server.answer(200, R"({"order":{"id":1,"items":[{"sku":"X","quantity":1}]}})");
  });
  for (auto status : {ScaleStatus::Unstable, ScaleStatus::Over, ScaleStatus::Under, ScaleStatus::NotReady,
                      ScaleStatus::Fault, ScaleStatus::Offline, ScaleStatus::Zero}) {
    walk([&](Rig& r) {
      r.toWeighing();
      r.lane.scale(reading(status, 100000));
    });
  }
  walk([](Rig& r) {
    r.toWeighing();
    r.lane.scale(reading(ScaleStatus::Unstable, 100000));
    (void)r.timers.fire(std::chrono::milliseconds(8000));
  });
  walk([](Rig& r) {
    r.eas.broken = "gone";
    r.toWeighing();
    r.lane.scale(reading(ScaleStatus::Stable, 1500000));
  });
  walk([](Rig& r) {
    r.toWeighing();
    r.lane.scale(reading(ScaleStatus::Stable, 1900000));
  });
  walk([](Rig& r) {
    r.toWeighing();
    r.lane.scale(reading(ScaleStatus::Stable, 1900000));
    r.lane.callAttendant();
    r.lane.pinEntered("1");
  });
  walk([](Rig& r) {
    r.toWeighing();
    r.lane.scale(reading(ScaleStatus::Stable, 1900000));
    r.lane.callAttendant();
    r.lane.supervisorEntered("S7");
    r.lane.pinEntered("2468");
  });
  EXPECT_TRUE(zh.missing.empty()) << "first untranslated: " << *zh.missing.begin();
}

}  // namespace
}  // namespace exit_test
