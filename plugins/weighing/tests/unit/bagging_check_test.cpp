#include <gtest/gtest.h>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <map>

#include "poscore/services/clocks.hpp"
#include "src/bagging/bagging_check.hpp"

namespace weighing {
namespace {

using namespace std::chrono_literals;

constexpr std::int64_t g(std::int64_t grams) { return grams * 1000; }

class ChineseTranslator final : public possdk::Translator {
 public:
  std::string tr(const std::string& msgid) const override { return "zh:" + msgid; }
  std::string language() const override { return "zh_CN"; }
  void onLanguageChanged(std::function<void()>) override {}
};

Poco::JSON::Object::Ptr parsed(const std::string& payload) {
  return Poco::JSON::Parser().parse(payload).extract<Poco::JSON::Object::Ptr>();
}

class Bagging : public ::testing::Test {
 protected:
  Bagging() : check_(clock_, translator_, settings(), [this](const std::string& sku) { return lookup(sku); }) {}

  static BaggingSettings settings() {
    BaggingSettings s;
    s.tolerance.resolutionMg = g(2);
    s.settleTimeout = 8000ms;
    return s;
  }

  std::optional<WeightStats> lookup(const std::string& sku) const {
    const auto found = learned_.find(sku);
    if (found == learned_.end()) return std::nullopt;
    return found->second;
  }

  std::optional<std::string> scan(std::int64_t lineNo, const std::string& sku, std::int64_t grams,
                                  std::int64_t quantity = 1, std::int64_t spreadGrams = 5) {
    LineAdded e;
    e.saleId = "S1";
    e.lineNo = lineNo;
    e.sku = sku;
    e.quantity = quantity;
    e.expectedGrams = grams;
    e.spreadGrams = spreadGrams;
    return check_.onEvent(e);
  }

  std::optional<std::string> change(std::int64_t lineNo, const std::string& sku, std::int64_t grams,
                                    std::int64_t quantity) {
    LineChanged e;
    e.saleId = "S1";
    e.lineNo = lineNo;
    e.sku = sku;
    e.quantity = quantity;
    e.expectedGrams = grams;
    e.spreadGrams = 5;
    return check_.onEvent(e);
  }

  std::optional<std::string> reading(ScaleStatus status, std::int64_t mg) {
    return check_.onReading(ScaleReading{status, mg, g(2), ""});
  }
  std::optional<std::string> stable(std::int64_t mg) {
    return reading(mg == 0 ? ScaleStatus::Zero : ScaleStatus::Stable, mg);
  }
  std::optional<std::string> approve() { return check_.onEvent(AttendantApproved{1, "0042"}); }

  // A sale with one 500 g item bagged: the bag area rests at 500 g.
  void bagOneItem() {
    (void)stable(0);
    (void)scan(1, "A", 500);
    (void)stable(g(501));
    ASSERT_EQ(check_.state(), BaggingState::Ok);
    (void)check_.takeSamples();
  }

  poscore::ManualClock clock_;
  ChineseTranslator translator_;
  std::map<std::string, WeightStats> learned_;
  BaggingCheck check_;
};

TEST_F(Bagging, IdleUntilASaleStarts) {
  const auto payload = stable(g(40));
  ASSERT_TRUE(payload);
  EXPECT_EQ(parsed(*payload)->getValue<std::string>("state"), "idle");
  EXPECT_EQ(parsed(*payload)->getValue<std::string>("message"), "");
  EXPECT_EQ(check_.state(), BaggingState::Idle);
}

TEST_F(Bagging, ScannedItemIsExpectedThenOkWhenItArrives) {
  (void)stable(g(40));  // an empty bag on the platter before the sale
  const auto expecting = scan(7, "A", 500);
  ASSERT_TRUE(expecting);
  const auto o = parsed(*expecting);
  EXPECT_EQ(o->getValue<std::string>("state"), "expecting");
  EXPECT_EQ(o->getValue<std::int64_t>("line_no"), 7);
  EXPECT_EQ(o->getValue<std::int64_t>("expected_grams"), 540);
  EXPECT_LT(o->getValue<std::int64_t>("min_grams"), 540);
  EXPECT_GT(o->getValue<std::int64_t>("max_grams"), 540);
  EXPECT_EQ(o->getValue<std::string>("message"), "zh:Place the item in the bagging area.");
  ASSERT_TRUE(check_.deadline());

  const auto ok = stable(g(544));
  ASSERT_TRUE(ok);
  EXPECT_EQ(parsed(*ok)->getValue<std::string>("state"), "ok");
  EXPECT_EQ(parsed(*ok)->getValue<std::int64_t>("grams"), 544);
  EXPECT_FALSE(check_.deadline());
  const auto samples = check_.takeSamples();
  ASSERT_EQ(samples.size(), 1U);
  EXPECT_EQ(samples[0].sku, "A");
  EXPECT_EQ(samples[0].mg, g(504));
  EXPECT_FALSE(samples[0].approved);
  EXPECT_TRUE(check_.takeSamples().empty()) << "taken once";
}

TEST_F(Bagging, InMotionKeepsExpecting) {
  (void)stable(0);
  (void)scan(1, "A", 500);
  (void)reading(ScaleStatus::Unstable, g(300));
  EXPECT_EQ(check_.state(), BaggingState::Expecting);
}

// With a tare set the scale shows the weight less the tare: the area is judged only once it is gone.
TEST_F(Bagging, ANetWeightIsNeverJudged) {
  (void)stable(0);
  (void)scan(1, "A", 500);
  ScaleReading net{ScaleStatus::Stable, g(500), g(2), ""};
  net.net = true;
  (void)check_.onReading(net);
  EXPECT_EQ(check_.state(), BaggingState::Expecting);
  EXPECT_TRUE(check_.takeSamples().empty());
  (void)stable(g(500));
  EXPECT_EQ(check_.state(), BaggingState::Ok);
}

TEST_F(Bagging, NotBaggedAfterTheSettleTimeout) {
  (void)stable(0);
  (void)scan(1, "A", 500);
  clock_.advance(7999ms);
  EXPECT_FALSE(check_.onTimer());
  EXPECT_EQ(check_.state(), BaggingState::Expecting);
  clock_.advance(1ms);
  const auto late = check_.onTimer();
  ASSERT_TRUE(late);
  EXPECT_EQ(parsed(*late)->getValue<std::string>("state"), "not_bagged");
  (void)stable(g(499));
  EXPECT_EQ(check_.state(), BaggingState::Ok) << "the item arrives late";
}

TEST_F(Bagging, AWeightThatNeverSettlesNeedsTheAttendant) {
  (void)stable(0);
  (void)scan(1, "A", 500);
  (void)reading(ScaleStatus::Unstable, g(420));
  clock_.advance(8000ms);
  (void)check_.onTimer();
  EXPECT_EQ(check_.state(), BaggingState::NeedsAttendant);
}

TEST_F(Bagging, AnIncreaseWithoutAScanIsAnUnexpectedItem) {
  bagOneItem();
  const auto payload = stable(g(701));
  ASSERT_TRUE(payload);
  EXPECT_EQ(parsed(*payload)->getValue<std::string>("state"), "unexpected_item");
  (void)stable(g(502));
  EXPECT_EQ(check_.state(), BaggingState::Ok) << "taken out again";
  EXPECT_TRUE(check_.takeSamples().empty());
}

TEST_F(Bagging, ScanningTheUnexpectedItemResolvesIt) {
  bagOneItem();
  (void)stable(g(701));
  ASSERT_EQ(check_.state(), BaggingState::UnexpectedItem);
  (void)scan(2, "B", 200);
  EXPECT_EQ(check_.state(), BaggingState::Ok);
  const auto samples = check_.takeSamples();
  ASSERT_EQ(samples.size(), 1U);
  EXPECT_EQ(samples[0].mg, g(200));
}

TEST_F(Bagging, NoiseWithinTheRestBandStaysOk) {
  bagOneItem();
  (void)stable(g(507));  // floor 5 g + one division of 2 g
  EXPECT_EQ(check_.state(), BaggingState::Ok);
  (void)stable(g(509));
  EXPECT_EQ(check_.state(), BaggingState::UnexpectedItem);
}

TEST_F(Bagging, ADifferentWeightIsAMismatch) {
  (void)stable(0);
  (void)scan(1, "A", 500);
  (void)stable(g(800));
  EXPECT_EQ(check_.state(), BaggingState::Mismatch);
  EXPECT_TRUE(check_.takeSamples().empty());
  (void)stable(g(500));
  EXPECT_EQ(check_.state(), BaggingState::Ok) << "the extra item taken out";
}

TEST_F(Bagging, WeightTakenFromTheBagIsAMismatch) {
  bagOneItem();
  const auto payload = stable(g(200));
  ASSERT_TRUE(payload);
  EXPECT_EQ(parsed(*payload)->getValue<std::string>("state"), "mismatch");
  EXPECT_NE(parsed(*payload)->getValue<std::string>("message").find("taken out"), std::string::npos);
  (void)scan(2, "B", 300);
  (void)stable(g(100));
  EXPECT_EQ(check_.state(), BaggingState::Mismatch) << "removal while an item is expected";
}

TEST_F(Bagging, AnItemWithNoKnownWeightNeedsTheAttendantWhoseApprovalIsLearned) {
  (void)stable(0);
  (void)scan(1, "NEW", 0, 1, 0);
  EXPECT_EQ(check_.state(), BaggingState::NeedsAttendant);
  (void)stable(g(350));
  EXPECT_EQ(check_.state(), BaggingState::NeedsAttendant);
  const auto payload = approve();
  ASSERT_TRUE(payload);
  EXPECT_EQ(parsed(*payload)->getValue<std::string>("state"), "ok");
  const auto samples = check_.takeSamples();
  ASSERT_EQ(samples.size(), 1U);
  EXPECT_EQ(samples[0].sku, "NEW");
  EXPECT_EQ(samples[0].mg, g(350));
  EXPECT_TRUE(samples[0].approved);
  (void)stable(g(351));
  EXPECT_EQ(check_.state(), BaggingState::Ok) << "the approved weight is the new rest";
}

TEST_F(Bagging, ApprovalAcceptsTheCurrentWeight) {
  (void)stable(0);
  (void)scan(1, "A", 500);
  (void)stable(g(800));
  ASSERT_EQ(check_.state(), BaggingState::Mismatch);
  (void)approve();
  EXPECT_EQ(check_.state(), BaggingState::Ok);
  (void)stable(g(801));
  EXPECT_EQ(check_.state(), BaggingState::Ok);
  const auto samples = check_.takeSamples();
  ASSERT_EQ(samples.size(), 1U);
  EXPECT_TRUE(samples[0].approved);
}

TEST_F(Bagging, ApprovingAnItemThatNeverArrivedLearnsNothing) {
  (void)stable(0);
  (void)scan(1, "A", 500);
  clock_.advance(8000ms);
  (void)check_.onTimer();
  ASSERT_EQ(check_.state(), BaggingState::NotBagged);
  (void)approve();
  EXPECT_EQ(check_.state(), BaggingState::Ok);
  EXPECT_TRUE(check_.takeSamples().empty());
}

TEST_F(Bagging, ApprovalInMotionAcceptsTheNextSettledWeight) {
  (void)stable(0);
  (void)scan(1, "A", 500);
  (void)stable(g(900));
  (void)reading(ScaleStatus::Unstable, g(700));
  (void)approve();
  EXPECT_EQ(check_.state(), BaggingState::Mismatch);
  (void)stable(g(650));
  EXPECT_EQ(check_.state(), BaggingState::Ok);
  (void)stable(g(650));
  EXPECT_EQ(check_.state(), BaggingState::Ok);
}

TEST_F(Bagging, ScaleOfflineKeepsTheStateAndResumes) {
  bagOneItem();
  (void)stable(g(700));
  ASSERT_EQ(check_.state(), BaggingState::UnexpectedItem);
  const auto offline = reading(ScaleStatus::Offline, 0);
  ASSERT_TRUE(offline);
  EXPECT_EQ(parsed(*offline)->getValue<std::string>("state"), "scale_offline");
  (void)approve();
  EXPECT_EQ(check_.state(), BaggingState::ScaleOffline) << "no weight to accept";
  (void)reading(ScaleStatus::Unstable, g(700));
  EXPECT_EQ(check_.state(), BaggingState::UnexpectedItem);
  (void)stable(g(501));
  EXPECT_EQ(check_.state(), BaggingState::Ok);
}

TEST_F(Bagging, AScanWhileOfflineIsExpectedOnceTheScaleReturns) {
  bagOneItem();
  (void)reading(ScaleStatus::Fault, 0);
  (void)scan(2, "B", 300);
  EXPECT_EQ(check_.state(), BaggingState::ScaleOffline);
  EXPECT_FALSE(check_.deadline());
  (void)reading(ScaleStatus::Unstable, g(650));
  EXPECT_EQ(check_.state(), BaggingState::Expecting);
  ASSERT_TRUE(check_.deadline()) << "a fresh settle time";
  (void)stable(g(802));
  EXPECT_EQ(check_.state(), BaggingState::Ok);
}

TEST_F(Bagging, LearnedStatsWinOverTheCatalog) {
  WeightStats stats;
  for (int i = 0; i < 50; ++i) stats.add(g(450) + (i % 2 == 0 ? 2000 : -2000));
  learned_["A"] = stats;
  (void)stable(0);
  (void)scan(1, "A", 500);
  (void)stable(g(452));
  EXPECT_EQ(check_.state(), BaggingState::Ok);
}

TEST_F(Bagging, MoreUnitsOnALineAreExpectedTogether) {
  bagOneItem();
  (void)change(1, "A", 500, 3);
  EXPECT_EQ(check_.state(), BaggingState::Expecting);
  (void)stable(g(1001));
  EXPECT_EQ(check_.state(), BaggingState::Mismatch) << "one of two units";
  (void)stable(g(1502));
  EXPECT_EQ(check_.state(), BaggingState::Ok);
  EXPECT_TRUE(check_.takeSamples().empty()) << "two units at once are no unit's sample";
}

TEST_F(Bagging, AVoidedBaggedLineMustLeaveTheBag) {
  bagOneItem();
  const auto payload = check_.onEvent(LineVoided{"S1", 1});
  ASSERT_TRUE(payload);
  EXPECT_EQ(parsed(*payload)->getValue<std::int64_t>("expected_grams"), 1);
  EXPECT_EQ(check_.state(), BaggingState::Expecting);
  (void)stable(g(2));
  EXPECT_EQ(check_.state(), BaggingState::Ok);
  EXPECT_TRUE(check_.takeSamples().empty());
}

TEST_F(Bagging, ApprovingAVoidedLineDoesNotAcceptTheItemStillInTheBag) {
  bagOneItem();
  (void)check_.onEvent(LineVoided{"S1", 1});  // the attendant's approval voids the line, then approves
  (void)approve();
  EXPECT_EQ(check_.state(), BaggingState::Expecting) << "the removed item is still in the bag";
  (void)stable(g(501));
  EXPECT_NE(check_.state(), BaggingState::Ok);
  (void)stable(g(2));
  EXPECT_EQ(check_.state(), BaggingState::Ok) << "accepted once the item left";
  EXPECT_TRUE(check_.takeSamples().empty());
}

TEST_F(Bagging, AnApprovalInMotionDoesNotAcceptAPendingRemovalThatSettlesUnchanged) {
  bagOneItem();
  (void)check_.onEvent(LineVoided{"S1", 1});
  (void)reading(ScaleStatus::Unstable, g(480));
  (void)approve();
  (void)stable(g(501));
  EXPECT_NE(check_.state(), BaggingState::Ok);
  (void)stable(g(2));
  EXPECT_EQ(check_.state(), BaggingState::Ok);
}

TEST_F(Bagging, AnApprovalAcceptsARemovalThatLeftTheBagAtAnOddWeight) {
  bagOneItem();
  (void)check_.onEvent(LineVoided{"S1", 1});
  (void)stable(g(150));
  ASSERT_EQ(check_.state(), BaggingState::Mismatch);
  (void)approve();
  EXPECT_EQ(check_.state(), BaggingState::Ok) << "something did leave the bag; the attendant saw it";
}

TEST_F(Bagging, AUnitLighterThanAGramIsNotLearned) {
  (void)stable(0);
  (void)scan(1, "PIN", 1, 1, 1);
  (void)stable(900);
  ASSERT_EQ(check_.state(), BaggingState::Ok);
  EXPECT_TRUE(check_.takeSamples().empty()) << "the server refuses samples under 1 g, and the batch with them";
}

TEST_F(Bagging, AVoidedLineNotYetBaggedIsNoLongerExpected) {
  bagOneItem();
  (void)scan(2, "B", 300);
  ASSERT_EQ(check_.state(), BaggingState::Expecting);
  (void)check_.onEvent(LineVoided{"S1", 2});
  (void)stable(g(501));
  EXPECT_EQ(check_.state(), BaggingState::Ok);
}

TEST_F(Bagging, AnItemWeighedAtTheCounterIsExpectedAtThatWeight) {
  (void)stable(0);
  LineAdded e;
  e.saleId = "S1";
  e.lineNo = 1;
  e.sku = "APPLES";
  e.weightGrams = 1234;
  const auto payload = check_.onEvent(e);
  ASSERT_TRUE(payload);
  EXPECT_EQ(parsed(*payload)->getValue<std::int64_t>("expected_grams"), 1234);
  (void)stable(g(1236));
  EXPECT_EQ(check_.state(), BaggingState::Ok);
  EXPECT_TRUE(check_.takeSamples().empty()) << "a weighed line says nothing of one unit";
}

TEST_F(Bagging, TheEndOfTheSaleIsIdleAndTakingTheBagsIsFine) {
  bagOneItem();
  (void)check_.onEvent(SaleEnded{"OTHER"});
  EXPECT_EQ(check_.state(), BaggingState::Ok) << "another sale's end";
  const auto payload = check_.onEvent(SaleEnded{"S1"});
  ASSERT_TRUE(payload);
  EXPECT_EQ(parsed(*payload)->getValue<std::string>("state"), "idle");
  (void)stable(0);
  EXPECT_EQ(check_.state(), BaggingState::Idle);
  (void)scan(1, "A", 500);
  (void)stable(g(500));
  EXPECT_EQ(check_.state(), BaggingState::Ok) << "the next sale starts from the empty platter";
}

TEST_F(Bagging, PublishesOnlyWhatChanged) {
  bagOneItem();
  EXPECT_FALSE(stable(g(501)));
  EXPECT_TRUE(stable(g(503)));
}

}  // namespace
}  // namespace weighing
