// The exit lane's flow against fakes of all its ports: every path of docs/weighing.md's exit check
// and every fault of the issue ends in a pass, an alarm or the attendant, never a silent pass.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "unit/exit_fakes.hpp"

namespace exit_test {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Pair;
using std::chrono::milliseconds;

constexpr milliseconds kSettle{8000};
constexpr milliseconds kPassHold{4000};
constexpr milliseconds kRejectHold{6000};

Poco::JSON::Object::Ptr json(const std::string& text) {
  return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
}

TEST(ExitLane, StartsAtTheScanPrompt) {
  Rig rig;
  rig.lane.start();
  EXPECT_EQ(rig.display.last.stage, ExitStage::Scan);
  EXPECT_EQ(rig.display.last.message, "Scan the QR code of your paid order");
}

TEST(ExitLane, VerifiesTheScannedQrWithTheServer) {
  Rig rig;
  rig.lane.start();
  rig.lane.scanned("  WO1.abc.def\r\n");
  ASSERT_EQ(rig.server.verifies.size(), 1u);
  EXPECT_EQ(rig.server.verifies[0].qr, "WO1.abc.def");
  EXPECT_EQ(rig.display.last.stage, ExitStage::Verifying);
}

TEST(ExitLane, IgnoresScansWhileAnOrderIsBeingChecked) {
  Rig rig;
  rig.toWeighing();
  rig.lane.scanned("WO1.other.order");
  EXPECT_EQ(rig.server.verifies.size(), 1u);
  EXPECT_EQ(rig.display.last.stage, ExitStage::Weighing);
}

TEST(ExitLane, ABagWithinTheBandPassesDeactivatesSpeaksAndPostsOnce) {
  Rig rig;
  rig.toWeighing();
  EXPECT_EQ(rig.display.last.stage, ExitStage::Weighing);
  EXPECT_EQ(rig.display.last.message, "Place your bag on the scale");
  ASSERT_TRUE(rig.display.last.band);
  EXPECT_EQ(rig.display.last.band->minMg, 1450000);
  EXPECT_EQ(rig.display.last.orderNo, "W-0042");

  rig.lane.scale(reading(ScaleStatus::Unstable, 1200000));
  EXPECT_EQ(rig.display.last.stage, ExitStage::Weighing);
  EXPECT_EQ(rig.display.last.scale.milligrams, 1200000);
  rig.lane.scale(reading(ScaleStatus::Stable, 1502000));

  EXPECT_EQ(rig.display.last.stage, ExitStage::Passed);
  EXPECT_EQ(rig.eas.deactivations, 1);
  ASSERT_EQ(rig.speaker.said.size(), 2u);
  EXPECT_EQ(rig.speaker.said[0], std::make_pair(std::string("zh"), std::string(kThankYou.zh)));
  EXPECT_EQ(rig.speaker.said[1], std::make_pair(std::string("en"), std::string(kThankYou.en)));
  ASSERT_EQ(rig.server.results.size(), 1u);
  EXPECT_EQ(rig.server.results[0].orderId, "42");
  EXPECT_EQ(rig.server.results[0].verdict, "pass");
  EXPECT_EQ(rig.server.results[0].measuredMg, 1502000);

  // A later reading of the same bag neither deactivates nor posts again.
  rig.lane.scale(reading(ScaleStatus::Stable, 1502000));
  EXPECT_EQ(rig.server.results.size(), 1u);
  EXPECT_EQ(rig.eas.deactivations, 1);

  ASSERT_TRUE(rig.timers.fire(kPassHold));
  EXPECT_EQ(rig.display.last.stage, ExitStage::Scan);
  EXPECT_TRUE(rig.display.last.orderNo.empty());
}

TEST(ExitLane, HandsTheOrdersItemWeightsToTheJudge) {
  Rig rig;
  rig.toWeighing(3);
  ASSERT_EQ(rig.judge.seen.size(), 3u);
  EXPECT_EQ(rig.judge.seen[2].sku, "SKU-3");
  EXPECT_EQ(rig.judge.seen[2].quantity, 2);
  ASSERT_TRUE(rig.judge.seen[2].learned);
  EXPECT_EQ(rig.judge.seen[2].learned->count, 12);
}

TEST(ExitLane, TheNextCustomerMayScanOnTheThankYouScreen) {
  Rig rig;
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Stable, 1500000));
  rig.lane.scanned("WO1.next.order");
  EXPECT_EQ(rig.server.verifies.size(), 2u);
  EXPECT_EQ(rig.display.last.stage, ExitStage::Verifying);
  EXPECT_EQ(rig.timers.armed(kPassHold), 0) << "the old thank-you must not reset the new check";
}

struct QrFault {
  int status;
  const char* code;
  const char* message;
};

class ExitLaneQrFault : public ::testing::TestWithParam<QrFault> {};

TEST_P(ExitLaneQrFault, IsExplainedAndNothingIsDeactivated) {
  Rig rig;
  rig.lane.start();
  rig.lane.scanned("WO1.bad.qr");
  rig.server.answer(GetParam().status, errorBody(GetParam().status, GetParam().code));

  EXPECT_EQ(rig.display.last.stage, ExitStage::Rejected);
  EXPECT_EQ(rig.display.last.message, GetParam().message);
  EXPECT_EQ(rig.display.last.detail, GetParam().code);
  EXPECT_EQ(rig.eas.deactivations, 0);
  EXPECT_TRUE(rig.server.results.empty());
  EXPECT_EQ(rig.judge.judged, 0);
  rig.lane.scale(reading(ScaleStatus::Stable, 1500000));
  EXPECT_EQ(rig.eas.deactivations, 0);

  ASSERT_TRUE(rig.timers.fire(kRejectHold));
  EXPECT_EQ(rig.display.last.stage, ExitStage::Scan);
}

INSTANTIATE_TEST_SUITE_P(
    EveryRefusal, ExitLaneQrFault,
    ::testing::Values(
        QrFault{422, "qr_malformed", "This is not an order QR code. Scan the QR code on your order's payment screen."},
        QrFault{422, "qr_signature_invalid", "This QR code was not issued by the store. Please see a member of staff."},
        QrFault{404, "order_unknown", "The store does not know this order. Please see a member of staff."},
        QrFault{409, "order_unpaid", "This order has not been paid yet. Please pay for it first."},
        QrFault{409, "order_used", "This order has already left the store. Please see a member of staff."},
        QrFault{409, "order_in_use", "This order is being checked at another exit. Please see a member of staff."}),
    [](const auto& param) { return std::string(param.param.code); });

TEST(ExitLane, ScanAgainGoesBackToTheScanPrompt) {
  Rig rig;
  rig.lane.start();
  rig.lane.scanned("WO1.bad.qr");
  rig.server.answer(409, errorBody(409, "order_used"));
  rig.lane.cancel();
  EXPECT_EQ(rig.display.last.stage, ExitStage::Scan);
  EXPECT_TRUE(rig.audit.records.empty()) << "a refused QR is not an attendant's decision";
}

TEST(ExitLane, AnOfflineServerCallsTheAttendantNeverAPass) {
  Rig rig;
  rig.lane.start();
  rig.lane.scanned("WO1.some.qr");
  rig.server.fail("no answer from the server within 5000 ms");

  EXPECT_EQ(rig.display.last.stage, ExitStage::Attendant);
  EXPECT_EQ(rig.display.last.message, "The order server cannot be reached. An attendant will check your order.");
  EXPECT_EQ(rig.display.last.detail, "no answer from the server within 5000 ms") << "the attendant sees why";
  rig.lane.scale(reading(ScaleStatus::Stable, 1500000));
  EXPECT_EQ(rig.eas.deactivations, 0);
  EXPECT_EQ(rig.judge.judged, 0);
  ASSERT_EQ(rig.speaker.said.size(), 2u);
  EXPECT_EQ(rig.speaker.said[0].second, kAttendantComing.zh);
}

TEST(ExitLane, AnApprovalWithoutAVerifiedOrderIsAuditedButNotPosted) {
  Rig rig;
  rig.lane.start();
  rig.lane.scanned("WO1.some.qr");
  rig.server.fail("connection refused");
  rig.lane.supervisorEntered("S7");
  rig.lane.pinEntered("2468");

  EXPECT_EQ(rig.display.last.stage, ExitStage::Passed);
  EXPECT_EQ(rig.eas.deactivations, 1);
  EXPECT_TRUE(rig.server.results.empty());
  ASSERT_EQ(rig.audit.records.size(), 1u);
  const auto detail = json(rig.audit.records[0].second);
  EXPECT_EQ(detail->getValue<std::string>("qr"), "WO1.some.qr");
  EXPECT_THAT(detail->getValue<std::string>("reason"), HasSubstr("connection refused"));
}

TEST(ExitLane, AnUnexpectedServerAnswerCallsTheAttendantWithTheServersWords) {
  Rig rig;
  rig.lane.start();
  rig.lane.scanned("WO1.some.qr");
  rig.server.answer(403, R"({"error":{"status":403,"code":"forbidden","field":"","message":"device not enrolled"}})");
  EXPECT_EQ(rig.display.last.stage, ExitStage::Attendant);
  EXPECT_EQ(rig.display.last.detail, "HTTP 403: device not enrolled");
  rig.lane.supervisorEntered("S7");
  rig.lane.pinEntered("2468");
  EXPECT_THAT(json(rig.audit.records.at(0).second)->getValue<std::string>("reason"),
              HasSubstr("HTTP 403: device not enrolled"));
}

TEST(ExitLane, AnUnreadableOrderCallsTheAttendant) {
  Rig rig;
  rig.lane.start();
  rig.lane.scanned("WO1.some.qr");
  rig.server.answer(200, R"({"order":{"id":42,"items":[]}})");
  EXPECT_EQ(rig.display.last.stage, ExitStage::Attendant);
  EXPECT_THAT(rig.display.last.detail, HasSubstr("order.items"));
  EXPECT_EQ(rig.judge.judged, 0);
}

TEST(ExitLane, ItemsWithoutWeightDataCallTheAttendant) {
  Rig rig;
  rig.lane.start();
  rig.lane.scanned("WO1.some.qr");
  rig.server.answer(200, R"({"order":{"id":42,"order_no":"W-0042","items":[
      {"line":1,"sku":"TEA","quantity":1,"weight":{"count":9,"mean_mg":250000,"spread_mg":2000}},
      {"line":2,"sku":"NEW-1","quantity":1,"weight":{"count":0,"mean_mg":0,"spread_mg":0,"catalog_mg":0}},
      {"line":3,"sku":"NEW-2","quantity":3}]}})");

  EXPECT_EQ(rig.display.last.stage, ExitStage::Attendant);
  EXPECT_EQ(rig.display.last.detail, "NEW-1, NEW-2");
  rig.lane.scale(reading(ScaleStatus::Stable, 1500000));
  EXPECT_EQ(rig.eas.deactivations, 0);
  EXPECT_EQ(rig.judge.judged, 0);
}

TEST(ExitLane, AWeightThatNeverSettlesCallsTheAttendant) {
  Rig rig;
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Unstable, 900000));
  rig.lane.scale(reading(ScaleStatus::Unstable, 1400000));
  EXPECT_EQ(rig.timers.armed(kSettle), 1) << "one settle timer per wait, not one per reading";
  ASSERT_TRUE(rig.timers.fire(kSettle));

  EXPECT_EQ(rig.display.last.stage, ExitStage::Attendant);
  EXPECT_EQ(rig.display.last.message, "The weight of your bag did not settle. An attendant will check your order.");
  EXPECT_EQ(rig.eas.deactivations, 0);
  rig.lane.scale(reading(ScaleStatus::Stable, 1500000));
  EXPECT_EQ(rig.display.last.stage, ExitStage::Attendant) << "only the attendant lets this bag out";
  EXPECT_EQ(rig.eas.deactivations, 0);
}

// A tare set on the scale hides part of the bag: a net weight inside the band must not pass.
TEST(ExitLane, ANetWeightIsNeverJudgedAndSaysToClearTheTare) {
  Rig rig;
  rig.toWeighing();
  auto net = reading(ScaleStatus::Stable, 1500000);
  net.net = true;
  rig.lane.scale(net);
  EXPECT_EQ(rig.display.last.stage, ExitStage::Weighing);
  EXPECT_EQ(rig.display.last.scale.status, ScaleStatus::NotReady);
  EXPECT_THAT(rig.display.last.scale.detail, HasSubstr("clear the tare"));
  EXPECT_EQ(rig.judge.judged, 0);
  EXPECT_EQ(rig.eas.deactivations, 0);
  rig.lane.scale(reading(ScaleStatus::Stable, 1500000));
  EXPECT_EQ(rig.judge.judged, 1);
}

TEST(ExitLane, AnEmptyScaleDoesNotStartTheSettleWait) {
  Rig rig;
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Zero));
  EXPECT_EQ(rig.timers.armed(kSettle), 0);
  rig.lane.scale(reading(ScaleStatus::Unstable, 500000));
  rig.lane.scale(reading(ScaleStatus::Zero));
  EXPECT_EQ(rig.timers.armed(kSettle), 0) << "the bag was lifted off again: the wait starts over";
}

TEST(ExitLane, UnplugMidCheckKeepsTheOrderAndResumesWhenReadingsReturn) {
  Rig rig;
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Unstable, 1400000));
  rig.lane.scale(reading(ScaleStatus::Offline));

  EXPECT_EQ(rig.display.last.stage, ExitStage::Weighing);
  EXPECT_TRUE(rig.display.last.scaleOffline);
  EXPECT_EQ(rig.display.last.orderNo, "W-0042");
  EXPECT_EQ(rig.timers.armed(kSettle), 0) << "an unplugged scale must not time the customer out";

  rig.lane.scaleBack();
  EXPECT_FALSE(rig.display.last.scaleOffline);
  EXPECT_EQ(rig.display.last.stage, ExitStage::Weighing);
  rig.lane.scale(reading(ScaleStatus::Stable, 1500000));
  EXPECT_EQ(rig.display.last.stage, ExitStage::Passed);
  ASSERT_EQ(rig.server.results.size(), 1u);
  EXPECT_EQ(rig.server.results[0].orderId, "42");
}

TEST(ExitLane, AReadingAfterAnUnplugAlsoEndsTheOfflineState) {
  Rig rig;
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Offline));
  rig.lane.scale(reading(ScaleStatus::Unstable, 100000));
  EXPECT_FALSE(rig.display.last.scaleOffline);
  EXPECT_EQ(rig.timers.armed(kSettle), 1);
}

class ExitLaneNoWeight : public ::testing::TestWithParam<ScaleReading> {};

TEST_P(ExitLaneNoWeight, NeverPassesAndIsShownAsItIs) {
  Rig rig;
  rig.toWeighing();
  rig.lane.scale(GetParam());
  EXPECT_EQ(rig.display.last.stage, ExitStage::Weighing);
  EXPECT_EQ(rig.display.last.scale.status, GetParam().status);
  EXPECT_EQ(rig.eas.deactivations, 0);
  EXPECT_EQ(rig.judge.judged, 0);
  ASSERT_TRUE(rig.timers.fire(kSettle));
  EXPECT_EQ(rig.display.last.stage, ExitStage::Attendant);
}

// Weights inside the band, so only the status keeps them from passing.
INSTANTIATE_TEST_SUITE_P(OverUnderAndFaults, ExitLaneNoWeight,
                         ::testing::Values(reading(ScaleStatus::Over, 1500000), reading(ScaleStatus::Under, -1500000),
                                           reading(ScaleStatus::NotReady, 1500000),
                                           reading(ScaleStatus::Fault, 1500000),
                                           reading(ScaleStatus::Stable, -1500000)));

TEST(ExitLane, AnOverweightBagAlarmsAndSaysSo) {
  Rig rig;
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Stable, 1900000));

  EXPECT_EQ(rig.display.last.stage, ExitStage::Alarm);
  EXPECT_EQ(rig.display.last.message, "Please check your items");
  EXPECT_EQ(rig.display.last.measuredMg, 1900000);
  EXPECT_EQ(rig.eas.deactivations, 0);
  EXPECT_TRUE(rig.server.results.empty());
  EXPECT_THAT(rig.speaker.said, ElementsAre(Pair("zh", kCheckItems.zh), Pair("en", kCheckItems.en)));
  ASSERT_EQ(rig.audit.records.size(), 1u);
  EXPECT_EQ(rig.audit.records[0].first, "weighing.exit.alarm");
}

TEST(ExitLane, AnUnderweightBagAlarmsToo) {
  Rig rig;
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Stable, 1000000));
  EXPECT_EQ(rig.display.last.stage, ExitStage::Alarm);
  EXPECT_EQ(rig.eas.deactivations, 0);
}

TEST(ExitLane, TheAlarmStaysUntilTheAttendantDecides) {
  Rig rig;
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Stable, 1900000));
  rig.lane.scale(reading(ScaleStatus::Stable, 1500000));
  rig.lane.scanned("WO1.other.order");
  EXPECT_EQ(rig.display.last.stage, ExitStage::Alarm);
  EXPECT_EQ(rig.eas.deactivations, 0);
  EXPECT_EQ(rig.server.verifies.size(), 1u);
}

TEST(ExitLane, ARefusedPinShowsTheHostsMessageAndLetsNobodyOut) {
  Rig rig;
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Stable, 1900000));
  rig.lane.callAttendant();
  EXPECT_EQ(rig.display.last.stage, ExitStage::Attendant);
  rig.lane.supervisorEntered("S7");
  rig.lane.pinEntered("1111");

  EXPECT_EQ(rig.display.last.stage, ExitStage::Attendant);
  EXPECT_EQ(rig.display.last.detail, "Wrong PIN for S7: 2 tries left before the lockout");
  EXPECT_EQ(rig.eas.deactivations, 0);
  EXPECT_TRUE(rig.server.results.empty());
  EXPECT_THAT(rig.supervisors.attempts, ElementsAre(Pair("S7", "1111")));
}

TEST(ExitLane, APinBeforeTheStaffIdAsksForTheIdFirst) {
  Rig rig;
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Stable, 1900000));
  rig.lane.callAttendant();
  rig.lane.pinEntered("2468");
  EXPECT_TRUE(rig.supervisors.attempts.empty());
  EXPECT_EQ(rig.display.last.notice, "Enter the staff id first, then the PIN.");
}

TEST(ExitLane, AnAcceptedOverrideDeactivatesPostsApprovedAndAuditsEverything) {
  Rig rig;
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Stable, 1900000));
  rig.lane.callAttendant();
  rig.lane.supervisorEntered("S7");
  rig.lane.pinEntered("1111");
  rig.lane.pinEntered("2468");

  EXPECT_EQ(rig.display.last.stage, ExitStage::Passed);
  EXPECT_EQ(rig.display.last.message, "Approved by the attendant. Thank you.");
  EXPECT_EQ(rig.eas.deactivations, 1);
  ASSERT_EQ(rig.server.results.size(), 1u);
  EXPECT_EQ(rig.server.results[0].verdict, "approved");
  EXPECT_EQ(rig.server.results[0].supervisor, "S7");
  EXPECT_EQ(rig.server.results[0].measuredMg, 1900000);

  ASSERT_EQ(rig.audit.records.size(), 2u);
  EXPECT_EQ(rig.audit.records[1].first, "weighing.exit.override");
  const auto detail = json(rig.audit.records[1].second);
  EXPECT_EQ(detail->getValue<std::string>("order"), "42");
  EXPECT_EQ(detail->getValue<std::string>("order_no"), "W-0042");
  EXPECT_EQ(detail->getValue<Poco::Int64>("expected_mg"), 1500000);
  EXPECT_EQ(detail->getValue<Poco::Int64>("min_mg"), 1450000);
  EXPECT_EQ(detail->getValue<Poco::Int64>("max_mg"), 1550000);
  EXPECT_EQ(detail->getValue<Poco::Int64>("measured_mg"), 1900000);
  EXPECT_EQ(detail->getValue<std::string>("supervisor"), "S7");
  EXPECT_EQ(detail->getValue<std::string>("supervisor_name"), "Wang Fang");
  EXPECT_EQ(detail->getValue<std::string>("reason"), "outside the band");
}

TEST(ExitLane, TheAttendantMaySendTheCustomerBackWithoutLettingThemOut) {
  Rig rig;
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Stable, 1900000));
  rig.lane.callAttendant();
  rig.lane.cancel();
  EXPECT_EQ(rig.display.last.stage, ExitStage::Scan);
  EXPECT_EQ(rig.eas.deactivations, 0);
  EXPECT_TRUE(rig.server.results.empty());
  EXPECT_EQ(rig.audit.records.back().first, "weighing.exit.refused");
}

TEST(ExitLane, AReplyForACancelledCheckIsIgnored) {
  Rig rig;
  rig.lane.start();
  rig.lane.scanned("WO1.first.qr");
  rig.lane.cancel();
  rig.server.answer(200, orderBody());
  EXPECT_EQ(rig.display.last.stage, ExitStage::Scan);
  EXPECT_EQ(rig.judge.judged + static_cast<int>(rig.judge.seen.size()), 0);
}

TEST(ExitLane, AReplyAfterTheLaneIsGoneDoesNothing) {
  Rig rig;
  auto lane = std::make_unique<ExitLane>(
      ExitPorts{rig.server, rig.eas, rig.speaker, rig.timers, rig.supervisors, rig.audit, rig.judge, rig.display},
      rig.timings);
  lane->start();
  lane->scanned("WO1.first.qr");
  const auto shows = rig.display.shows;
  lane.reset();
  rig.server.answer(200, orderBody());  // an unguarded reply would weigh the order on a destroyed lane
  EXPECT_TRUE(rig.judge.seen.empty());
  EXPECT_EQ(rig.display.shows, shows);
}

TEST(ExitLane, ABagAlreadyOnTheScaleWhenTheOrderIsVerifiedIsJudged) {
  Rig rig;
  rig.lane.start();
  rig.lane.scanned("WO1.payload.signature");
  rig.lane.scale(reading(ScaleStatus::Stable, 1502000));
  rig.server.answer(200, orderBody());
  EXPECT_EQ(rig.judge.judged, 1);
  EXPECT_EQ(rig.display.last.stage, ExitStage::Passed);
  ASSERT_EQ(rig.server.results.size(), 1u);
  EXPECT_EQ(rig.server.results[0].measuredMg, 1502000);
}

TEST(ExitLane, AnEmptyScaleWhenTheOrderIsVerifiedWaitsForTheBag) {
  Rig rig;
  rig.lane.start();
  rig.lane.scale(reading(ScaleStatus::Zero));
  rig.toWeighing();
  EXPECT_EQ(rig.judge.judged, 0);
  EXPECT_EQ(rig.display.last.stage, ExitStage::Weighing);
  EXPECT_EQ(rig.timers.armed(kSettle), 0);
}

TEST(ExitLane, APassPostsTheWeightLessTheBagAsTheNetWeight) {
  Rig rig;
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Stable, 1502000));
  ASSERT_EQ(rig.server.results.size(), 1u);
  EXPECT_EQ(rig.server.results[0].netMg, 1502000 - rig.judge.tareMg);
}

// The settle wait ran out on a swaying bag: the approval posts the last settled weight, never the
// raw reading the server would refuse.
TEST(ExitLane, AnApprovalAfterAnUnsettledBagPostsTheLastSettledWeight) {
  Rig rig;
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Unstable, 1200000));
  ASSERT_TRUE(rig.timers.fire(kSettle));
  rig.lane.scale(reading(ScaleStatus::Stable, 1900000));
  rig.lane.scale(reading(ScaleStatus::Over, 250000000));
  rig.lane.supervisorEntered("S7");
  rig.lane.pinEntered("2468");
  ASSERT_EQ(rig.server.results.size(), 1u);
  EXPECT_EQ(rig.server.results[0].verdict, "approved");
  EXPECT_EQ(rig.server.results[0].measuredMg, 1900000);
  EXPECT_FALSE(rig.server.results[0].netMg) << "an approved bag teaches nothing";
}

TEST(ExitLane, AnApprovalWithoutAnySettledWeightPostsZero) {
  Rig rig;
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Unstable, 1200000));
  ASSERT_TRUE(rig.timers.fire(kSettle));
  rig.lane.scale(reading(ScaleStatus::Under, -3000));
  rig.lane.supervisorEntered("S7");
  rig.lane.pinEntered("2468");
  ASSERT_EQ(rig.server.results.size(), 1u);
  EXPECT_EQ(rig.server.results[0].measuredMg, 0);
}

TEST(ExitLane, ADeactivatorThatFailsStillPassesButTellsTheCustomer) {
  Rig rig;
  rig.eas.broken = "no EAS deactivator is attached";
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Stable, 1500000));
  EXPECT_EQ(rig.display.last.stage, ExitStage::Passed);
  EXPECT_EQ(rig.display.last.notice,
            "The security tags could not be switched off. Please show your receipt at the gate.");
  EXPECT_EQ(rig.server.results.size(), 1u);
}

TEST(ExitLane, MissingDevicesStayOnTheScreenAcrossCustomers) {
  Rig rig;
  rig.lane.start();
  rig.lane.devicesMissing("sound device: none configured");
  rig.toWeighing();
  rig.lane.scale(reading(ScaleStatus::Stable, 1500000));
  ASSERT_TRUE(rig.timers.fire(kPassHold));
  EXPECT_EQ(rig.display.last.devices, "sound device: none configured");
}

}  // namespace
}  // namespace exit_test
