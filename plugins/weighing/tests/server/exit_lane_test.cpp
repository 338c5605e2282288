// The exit lane's side of the module on SQLite and PostgreSQL: a paid order's QR verified against
// the server's key, its result recorded once, and the weights it teaches.
#include <gtest/gtest.h>
#include <sodium.h>

#include <atomic>
#include <thread>
#include <vector>

#include "posserver/api/enrolment_codes.hpp"
#include "server/exit_pass.hpp"
#include "weighing_server.hpp"

namespace weighing::test {
namespace {

class ExitLane : public WeighingServerTest {
 protected:
  postest::Answer verify(const std::string& qr) { return call(lane_, "POST", "/exit/verify", R"({"qr":")" + qr + R"("})"); }
  postest::Answer result(std::int64_t id, const std::string& body, const std::string& key) {
    return post(lane_, "/exit/" + std::to_string(id) + "/result", body, key);
  }
  Poco::JSON::Object::Ptr teaWeight() {
    const auto order = shop({{kTeaCode, 1}}, false);
    return order->getArray("items")->getObject(0)->getObject("weight");
  }
};

std::vector<unsigned char> unbase64(const std::string& text) {
  std::vector<unsigned char> bytes(text.size());
  std::size_t size = 0;
  if (sodium_base642bin(bytes.data(), bytes.size(), text.data(), text.size(), nullptr, &size, nullptr,
                        sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0) {
    throw std::runtime_error("not base64url: " + text);
  }
  bytes.resize(size);
  return bytes;
}

// The QR with one byte of its payload (part 1) or its signature (part 2) flipped, re-encoded.
std::string flipped(const std::string& qr, int part) {
  const auto dot = qr.find('.', 4);
  auto payload = unbase64(qr.substr(4, dot - 4));
  auto signature = unbase64(qr.substr(dot + 1));
  auto& bytes = part == 1 ? payload : signature;
  bytes[bytes.size() / 2] ^= 0x01;
  return "WO1." + server::base64Url(payload.data(), payload.size()) + "." +
         server::base64Url(signature.data(), signature.size());
}

TEST_P(ExitLane, APaidOrdersQrIsVerifiedWithItsItemsAndSignedByTheServersKey) {
  const auto order = shop({{kTeaCode, 2}, {kSoapCode, 1}});
  const auto qr = order->getValue<std::string>("qr");
  const auto verified = verify(qr);
  ASSERT_EQ(verified.status, 200) << verified.body;
  const auto seen = verified.json()->getObject("order");
  EXPECT_EQ(seen->getValue<std::int64_t>("id"), order->getValue<std::int64_t>("id"));
  EXPECT_EQ(seen->getArray("items")->size(), 2u);
  const auto soap = seen->getArray("items")->getObject(0);  // lines in the order scanned: the map's order
  EXPECT_EQ(soap->getValue<std::string>("sku"), "SOAP");
  EXPECT_TRUE(soap->getValue<bool>("eas"));

  // The lane can check the pass itself with the public key.
  const auto key = call(lane_, "GET", "/exit/key");
  ASSERT_EQ(key.status, 200);
  const auto publicKey = key.json()->getValue<std::string>("public_key");
  std::vector<unsigned char> pk(crypto_sign_PUBLICKEYBYTES + 8);
  std::size_t size = 0;
  ASSERT_EQ(sodium_base642bin(pk.data(), pk.size(), publicKey.data(), publicKey.size(), nullptr, &size, nullptr,
                              sodium_base64_VARIANT_ORIGINAL), 0);
  ASSERT_EQ(size, crypto_sign_PUBLICKEYBYTES);
  const auto dot = qr.find('.', 4);
  const auto payload = unbase64(qr.substr(4, dot - 4));
  const auto signature = unbase64(qr.substr(dot + 1));
  EXPECT_EQ(crypto_sign_verify_detached(signature.data(), payload.data(), payload.size(), pk.data()), 0);
  EXPECT_NE(std::string(payload.begin(), payload.end()).find(R"("no":")" + order->getValue<std::string>("order_no")),
            std::string::npos);
  // Only lanes verify; the key pair was made once.
  EXPECT_EQ(call(handheld_, "GET", "/exit/key").status, 403);
  EXPECT_EQ(count("weighing_signing_key"), 1);
}

TEST_P(ExitLane, RacingFirstRequestsKeepOneKeyPair) {
  constexpr int kLanes = 6;
  std::vector<std::string> keys(kLanes);
  std::vector<std::thread> lanes;
  for (int i = 0; i < kLanes; ++i) {
    lanes.emplace_back([&, i] { keys[static_cast<std::size_t>(i)] = call(lane_, "GET", "/exit/key").body; });
  }
  for (auto& lane : lanes) lane.join();
  EXPECT_NE(keys[0].find("public_key"), std::string::npos) << keys[0];
  for (const auto& key : keys) EXPECT_EQ(key, keys[0]);
  EXPECT_EQ(count("weighing_signing_key"), 1);
}

TEST_P(ExitLane, AlteredMalformedUnpaidAndUnknownPassesAreRefused) {
  const auto qr = shop({{kTeaCode, 1}})->getValue<std::string>("qr");
  EXPECT_EQ(verify(flipped(qr, 1)).errorCode(), "qr_signature_invalid");
  EXPECT_EQ(verify(flipped(qr, 2)).errorCode(), "qr_signature_invalid");
  for (const auto& bad : {std::string("hello"), std::string("WO1.abc"), "WO2." + qr.substr(4), qr + ".x",
                          qr.substr(0, qr.size() - 3), std::string("WO1.@@@.AAAA")}) {
    const auto refused = verify(bad);
    EXPECT_EQ(refused.status, 422) << bad;
    EXPECT_EQ(refused.errorCode(), "qr_malformed") << bad;
  }
  // A pass signed by this server for an order it does not hold, or one not paid.
  const auto submitted = shop({{kSoapCode, 1}}, false);
  const auto id = submitted->getValue<std::int64_t>("id");
  const auto signingKey = server::signingKey(database());
  EXPECT_EQ(verify(server::signExitPass({999, "W20261122-9999", 1, "2026-11-22T09:30:00Z"}, signingKey)).errorCode(),
            "order_unknown");
  const auto unpaid = verify(server::signExitPass({id, "", 1299, "2026-11-22T09:30:00Z"}, signingKey));
  EXPECT_EQ(unpaid.status, 409);
  EXPECT_EQ(unpaid.errorCode(), "order_unpaid");
  EXPECT_EQ(result(id, R"({"verdict":"pass","measured_mg":110000})", "r").errorCode(), "order_unpaid");
}

TEST_P(ExitLane, ALaneOfAnotherStoreCannotLetAnOrderOut) {
  auto code = posserver::api::makeEnrolmentCode(database(), clock_, {"lane", "S002", std::string("X01")});
  ASSERT_TRUE(code) << code.error();
  const auto enrolled = client("")->post("/api/v1/enrol", R"({"code":")" + code->code + R"(","name":"other store"})");
  ASSERT_EQ(enrolled.status, 201) << enrolled.body;
  const auto otherLane = enrolled.json()->getValue<std::string>("token");
  const auto order = shop({{kTeaCode, 1}});
  const auto verified = call(otherLane, "POST", "/exit/verify", R"({"qr":")" + order->getValue<std::string>("qr") + R"("})");
  EXPECT_EQ(verified.status, 403);
  EXPECT_EQ(verified.errorCode(), "forbidden");
  const auto id = std::to_string(order->getValue<std::int64_t>("id"));
  EXPECT_EQ(post(otherLane, "/exit/" + id + "/result", R"({"verdict":"pass","measured_mg":1})", "o").errorField(), "id");
  EXPECT_EQ(verify(order->getValue<std::string>("qr")).status, 200);  // still paid, for its own store's lane
}

TEST_P(ExitLane, APassLetsTheOrderOutOnceAndTeachesTheWeightOfASingleSkuBasket) {
  const auto order = shop({{kTeaCode, 3}});
  const auto id = order->getValue<std::int64_t>("id");
  const auto body = R"({"verdict":"pass","measured_mg":1600000,"net_mg":1561000})";
  const auto passed = result(id, body, "exit-1");
  ASSERT_EQ(passed.status, 200) << passed.body;
  EXPECT_EQ(passed.json()->getObject("order")->getValue<std::string>("status"), "exited");
  const auto learned = passed.json()->getArray("learned");
  ASSERT_EQ(learned->size(), 1u);
  EXPECT_EQ(learned->getObject(0)->getValue<std::int64_t>("mg"), 520333);
  // The lane's retry gets the same answer and teaches nothing twice.
  EXPECT_EQ(result(id, body, "exit-1").body, passed.body);
  EXPECT_EQ(teaWeight()->getValue<std::int64_t>("count"), 1);
  const auto again = verify(order->getValue<std::string>("qr"));
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.errorCode(), "order_used");
  EXPECT_EQ(result(id, R"({"verdict":"approved","measured_mg":1,"supervisor":"S1"})", "exit-2").errorCode(),
            "order_used");
}

TEST_P(ExitLane, AnAlarmKeepsTheOrderPaidAndTeachesNothingUntilASupervisorApproves) {
  const auto id = shop({{kTeaCode, 1}})->getValue<std::int64_t>("id");
  const auto alarm = result(id, R"({"verdict":"alarm","measured_mg":900000,"net_mg":900000})", "e1");
  ASSERT_EQ(alarm.status, 200) << alarm.body;
  EXPECT_EQ(alarm.json()->getObject("order")->getValue<std::string>("status"), "paid");
  EXPECT_EQ(alarm.json()->getArray("learned")->size(), 0u);
  EXPECT_EQ(count("weighing_item_weights"), 0);
  EXPECT_EQ(result(id, R"({"verdict":"approved","measured_mg":900000})", "e2").errorField(), "supervisor");
  const auto approved = result(id, R"({"verdict":"approved","measured_mg":530000,"net_mg":524000,"supervisor":"S7"})", "e3");
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(approved.json()->getObject("order")->getValue<std::string>("status"), "exited");
  const auto weight = teaWeight();
  EXPECT_EQ(weight->getValue<std::int64_t>("count"), 1);
  EXPECT_EQ(weight->getValue<std::int64_t>("mean_mg"), 524000);
}

TEST_P(ExitLane, AMixedBasketOrAResultWithoutNetWeightTeachesNothing) {
  const auto mixed = shop({{kTeaCode, 1}, {kSoapCode, 1}})->getValue<std::int64_t>("id");
  ASSERT_EQ(result(mixed, R"({"verdict":"pass","measured_mg":640000,"net_mg":630000})", "m").status, 200);
  const auto noNet = shop({{kTeaCode, 1}})->getValue<std::int64_t>("id");
  ASSERT_EQ(result(noNet, R"({"verdict":"pass","measured_mg":530000})", "n").status, 200);
  EXPECT_EQ(count("weighing_item_weights"), 0);
  const auto bad = shop({{kTeaCode, 1}})->getValue<std::int64_t>("id");
  EXPECT_EQ(result(bad, R"({"verdict":"maybe","measured_mg":1})", "b1").errorField(), "verdict");
  EXPECT_EQ(result(bad, R"({"verdict":"pass","measured_mg":-1})", "b2").errorField(), "measured_mg");
  EXPECT_EQ(result(bad, R"({"verdict":"pass","measured_mg":5,"net_mg":6})", "b3").errorField(), "net_mg");
}

TEST_P(ExitLane, OfConcurrentExitsOfOneOrderExactlyOneWins) {
  const auto id = shop({{kTeaCode, 1}})->getValue<std::int64_t>("id");
  constexpr int kLanes = 6;
  std::atomic<int> passed{0};
  std::atomic<int> used{0};
  std::vector<std::thread> lanes;
  for (int i = 0; i < kLanes; ++i) {
    lanes.emplace_back([&, i] {
      const auto answer = result(id, R"({"verdict":"pass","measured_mg":530000,"net_mg":521000})", "race-" + std::to_string(i));
      if (answer.status == 200) ++passed;
      if (answer.errorCode() == "order_used") ++used;
    });
  }
  for (auto& lane : lanes) lane.join();
  EXPECT_EQ(passed.load(), 1);
  EXPECT_EQ(used.load(), kLanes - 1);
  EXPECT_EQ(teaWeight()->getValue<std::int64_t>("count"), 1);
}

// One QR, two lanes: the first verify claims the order until its result (or two minutes), so a
// screenshot of the QR does not pass a second exit while the first lane's result is on its way.
TEST_P(ExitLane, AVerifiedOrderIsClaimedByItsLaneUntilItsResult) {
  const auto secondLane = enrol(port(), "lane", "X02");
  const auto order = shop({{kTeaCode, 1}});
  const auto id = order->getValue<std::int64_t>("id");
  const auto qr = R"({"qr":")" + order->getValue<std::string>("qr") + R"("})";
  ASSERT_EQ(verify(order->getValue<std::string>("qr")).status, 200);
  const auto taken = call(secondLane, "POST", "/exit/verify", qr);
  EXPECT_EQ(taken.status, 409);
  EXPECT_EQ(taken.errorCode(), "order_in_use");
  EXPECT_EQ(taken.errorField(), "qr");
  EXPECT_EQ(verify(order->getValue<std::string>("qr")).status, 200) << "the claiming lane may verify again";
  const auto otherResult = post(secondLane, "/exit/" + std::to_string(id) + "/result",
                                R"({"verdict":"pass","measured_mg":530000})", "second");
  EXPECT_EQ(otherResult.status, 409);
  EXPECT_EQ(otherResult.errorCode(), "order_in_use");

  const auto passed = result(id, R"({"verdict":"pass","measured_mg":530000})", "first");
  ASSERT_EQ(passed.status, 200) << passed.body;
  EXPECT_EQ(passed.json()->getObject("order")->getValue<std::string>("status"), "exited");
  EXPECT_EQ(call(secondLane, "POST", "/exit/verify", qr).errorCode(), "order_used");
}

TEST_P(ExitLane, AnAlarmKeepsTheClaimAndAnExpiredClaimPassesToTheNextLane) {
  const auto secondLane = enrol(port(), "lane", "X02");
  const auto order = shop({{kTeaCode, 1}});
  const auto id = order->getValue<std::int64_t>("id");
  const auto qr = R"({"qr":")" + order->getValue<std::string>("qr") + R"("})";
  ASSERT_EQ(verify(order->getValue<std::string>("qr")).status, 200);
  ASSERT_EQ(result(id, R"({"verdict":"alarm","measured_mg":900000})", "alarm").status, 200);
  EXPECT_EQ(call(secondLane, "POST", "/exit/verify", qr).errorCode(), "order_in_use");

  // Two minutes on, by the server's clock: the claim has lapsed.
  ASSERT_TRUE(database().exec("UPDATE weighing_orders SET exit_claim_until = exit_claim_until - 121 WHERE id = ?", {id}));
  EXPECT_EQ(call(secondLane, "POST", "/exit/verify", qr).status, 200);
  // The first lane's late result finds the order claimed by another lane.
  EXPECT_EQ(result(id, R"({"verdict":"approved","measured_mg":900000,"supervisor":"S7"})", "late").errorCode(),
            "order_in_use");
  EXPECT_EQ(post(secondLane, "/exit/" + std::to_string(id) + "/result", R"({"verdict":"pass","measured_mg":530000})",
                 "second")
                .status,
            200);
}

// A result the outbox delivers after its claim lapsed, with no other lane on the order, lets it out.
TEST_P(ExitLane, AResultAfterItsClaimLapsedStillLetsTheOrderOut) {
  const auto order = shop({{kTeaCode, 1}});
  const auto id = order->getValue<std::int64_t>("id");
  ASSERT_EQ(verify(order->getValue<std::string>("qr")).status, 200);
  ASSERT_TRUE(database().exec("UPDATE weighing_orders SET exit_claim_until = exit_claim_until - 121 WHERE id = ?", {id}));
  EXPECT_EQ(result(id, R"({"verdict":"pass","measured_mg":530000})", "late").status, 200);
}

TEST_P(ExitLane, OfConcurrentVerifiesOfOneQrFromTwoLanesExactlyOneClaims) {
  const auto secondLane = enrol(port(), "lane", "X02");
  const auto qr = R"({"qr":")" + shop({{kTeaCode, 1}})->getValue<std::string>("qr") + R"("})";
  constexpr int kTries = 6;
  std::atomic<int> claimed{0};
  std::atomic<int> inUse{0};
  std::vector<std::thread> lanes;
  for (int i = 0; i < kTries; ++i) {
    lanes.emplace_back([&, i] {
      const auto answer = call(i % 2 == 0 ? lane_ : secondLane, "POST", "/exit/verify", qr);
      if (answer.status == 200) ++claimed;
      if (answer.errorCode() == "order_in_use") ++inUse;
    });
  }
  for (auto& lane : lanes) lane.join();
  // One lane's verifies all succeed (it may verify again); every one of the other lane's is refused.
  EXPECT_EQ(claimed.load(), kTries / 2);
  EXPECT_EQ(inUse.load(), kTries / 2);
}

TEST_P(ExitLane, BaggingSamplesAreValidatedAndAddUp) {
  const auto samples = [&](const std::string& body, const std::string& key) {
    return post(lane_, "/weights/samples", body, key);
  };
  ASSERT_EQ(samples(R"({"samples":[{"sku":"TEA","mg":510000},{"sku":"TEA","mg":530000}]})", "s1").status, 200);
  const auto weight = teaWeight();
  EXPECT_EQ(weight->getValue<std::int64_t>("count"), 2);
  EXPECT_EQ(weight->getValue<std::int64_t>("mean_mg"), 520000);
  EXPECT_EQ(weight->getValue<std::int64_t>("spread_mg"), 14142);  // √(2·10⁸) mg
  const auto unknown = samples(R"({"samples":[{"sku":"TEA","mg":510000},{"sku":"CAKE","mg":5000}]})", "s2");
  EXPECT_EQ(unknown.errorCode(), "product_unknown");
  EXPECT_EQ(unknown.errorField(), "samples[1].sku");
  EXPECT_EQ(samples(R"({"samples":[{"sku":"TEA","mg":999}]})", "s3").errorField(), "samples[0].mg");
  EXPECT_EQ(samples(R"({"samples":[{"sku":"TEA","mg":50000001}]})", "s4").errorField(), "samples[0].mg");
  EXPECT_EQ(samples(R"({"samples":[]})", "s5").errorField(), "samples");
  EXPECT_EQ(teaWeight()->getValue<std::int64_t>("count"), 2);
  EXPECT_EQ(call(handheld_, "POST", "/weights/samples", R"({"samples":[{"sku":"TEA","mg":5000}]})").status, 403);
}

POS_DATABASE_TEST_SUITE(ExitLane);

}  // namespace
}  // namespace weighing::test
