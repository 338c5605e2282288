#include <gtest/gtest.h>

#include "sale/sale_builders.hpp"

namespace {

using namespace saletest;

Promotion multiBuy(const std::string& id, std::vector<std::string> skus, std::int64_t quantity, std::int64_t price) {
  Promotion p;
  p.id = id;
  p.kind = Promotion::Kind::MultiBuy;
  p.labelEn = std::to_string(quantity) + " for " + poscore::formatMoney(yuan(price));
  p.labelZh = std::to_string(quantity) + "件" + poscore::formatMoney(yuan(price)) + "元";
  p.skus = std::move(skus);
  p.quantity = quantity;
  p.price = yuan(price);
  return p;
}

Promotion timePrice(const std::string& id, std::vector<std::string> skus, std::int64_t price) {
  Promotion p;
  p.id = id;
  p.kind = Promotion::Kind::TimePrice;
  p.labelEn = "Special";
  p.labelZh = "特价";
  p.skus = std::move(skus);
  p.price = yuan(price);
  return p;
}

Promotions listOf(std::vector<Promotion> items) { return Promotions{std::move(items), 480}; }

TEST(MultiBuy, ThreeForTenRepeatsAsOftenAsItFits) {
  const auto promotions = listOf({multiBuy("mb-3for10", {"100001"}, 3, 1000)});
  const auto sale = priced(openSale({piece(1, "100001", 400, 7)}), defaultPricingRules(), promotions);
  // Two groups of three at 10.00 instead of 12.00, the seventh piece at 4.00.
  ASSERT_EQ(sale.lines[0].adjustments.size(), 1U);
  const auto& adjustment = sale.lines[0].adjustments[0];
  EXPECT_EQ(adjustment.kind, AdjustmentKind::Promotion);
  EXPECT_EQ(adjustment.code, "mb-3for10");
  EXPECT_EQ(adjustment.labelEn, "3 for 10.00");
  EXPECT_EQ(adjustment.labelZh, "3件10.00元");
  EXPECT_EQ(adjustment.amount, yuan(-400));
  EXPECT_EQ(sale.lines[0].net, yuan(2400));
}

TEST(MultiBuy, TooFewPiecesGetNothing) {
  const auto promotions = listOf({multiBuy("mb", {"100001"}, 3, 1000)});
  const auto sale = priced(openSale({piece(1, "100001", 400, 2)}), defaultPricingRules(), promotions);
  EXPECT_TRUE(sale.lines[0].adjustments.empty());
}

TEST(MultiBuy, MixedSkusGroupTheDearestPiecesWhateverTheScanOrder) {
  // Pieces 5.00, 4.00, 4.00, 3.00 for "3 for 10.00": the group is 5+4+4 = 13 -> saving 3.00,
  // the 3.00 piece is left over. Spread pro rata: 5/13, 4/13, 4/13 of 3.00.
  const auto promotions = listOf({multiBuy("mb", {"100001", "100002", "100003"}, 3, 1000)});
  const auto cheapFirst = priced(
      openSale({piece(1, "100003", 300), piece(2, "100002", 400, 2), piece(3, "100001", 500)}), defaultPricingRules(),
      promotions);
  const auto dearFirst = priced(
      openSale({piece(1, "100001", 500), piece(2, "100002", 400, 2), piece(3, "100003", 300)}), defaultPricingRules(),
      promotions);
  EXPECT_EQ(cheapFirst.totals.net, yuan(1300));
  EXPECT_EQ(dearFirst.totals.net, yuan(1300));
  EXPECT_TRUE(cheapFirst.lines[0].adjustments.empty()) << "the cheapest piece is the one left over";
  EXPECT_EQ(adjustmentsOf(cheapFirst.lines[2]), yuan(-115));  // 3.00 x 5/13 = 1.154
  EXPECT_EQ(adjustmentsOf(cheapFirst.lines[1]), yuan(-185));
  EXPECT_EQ(adjustmentsOf(dearFirst.lines[0]), yuan(-115));
}

TEST(MultiBuy, GroupThatWouldCostMoreIsLeftAlone) {
  const auto promotions = listOf({multiBuy("mb", {"100001"}, 2, 500)});
  const auto sale = priced(openSale({piece(1, "100001", 200, 2)}), defaultPricingRules(), promotions);
  EXPECT_TRUE(sale.lines[0].adjustments.empty());
  EXPECT_EQ(sale.totals.net, yuan(400));
}

TEST(MultiBuy, PiecesClaimedByOneMultiBuyAreNotUsedByTheNext) {
  const auto promotions =
      listOf({multiBuy("first", {"100001"}, 2, 300), multiBuy("second", {"100001", "100002"}, 2, 100)});
  const auto sale = priced(openSale({piece(1, "100001", 200, 3), piece(2, "100002", 200)}), defaultPricingRules(),
                           promotions);
  // first: two pieces of line 1 for 3.00; second: the third piece of line 1 with line 2 for 1.00.
  ASSERT_EQ(sale.lines[0].adjustments.size(), 2U);
  EXPECT_EQ(sale.lines[0].adjustments[0].code, "first");
  EXPECT_EQ(sale.lines[0].adjustments[0].amount, yuan(-100));
  EXPECT_EQ(sale.lines[0].adjustments[1].code, "second");
  EXPECT_EQ(sale.lines[0].adjustments[1].amount, yuan(-150));
  EXPECT_EQ(sale.lines[1].adjustments[0].amount, yuan(-150));
  EXPECT_EQ(sale.totals.net, yuan(400));
}

TEST(Promotions, SkipOverriddenLabelledWeighedAndVoidedLinesAndReturns) {
  const auto promotions = listOf({multiBuy("mb", {"100001", "200001"}, 2, 100)});
  auto overridden = piece(1, "100001", 400, 2);
  overridden.priceOverride = yuan(300);
  auto labelled = piece(2, "100001", 400, 2);
  labelled.embeddedPrice = yuan(800);
  auto voided = piece(3, "100001", 400, 2);
  voided.voided = true;
  const auto sale = priced(openSale({overridden, labelled, voided, weighed(4, "200001", 1000, 2000)}),
                           defaultPricingRules(), promotions);
  for (const auto& line : sale.lines) EXPECT_TRUE(line.adjustments.empty()) << line.lineNo;
  auto returned = piece(1, "100001", 400, -2);
  const auto refund = priced(openSale({returned}, SaleKind::Return), defaultPricingRules(), promotions);
  EXPECT_TRUE(refund.lines[0].adjustments.empty());
}

TEST(TimePrice, AppliesOnlyInsideItsWindow) {
  auto special = timePrice("tp-bread", {"100005"}, 250);
  special.from = at("2026-11-20T00:00:00+08:00");
  special.to = at("2026-11-23T00:00:00+08:00");
  const auto promotions = listOf({special});
  const auto inside = priced(openSale({piece(1, "100005", 400, 2)}), defaultPricingRules(), promotions, kNoon);
  ASSERT_EQ(inside.lines[0].adjustments.size(), 1U);
  EXPECT_EQ(inside.lines[0].adjustments[0].amount, yuan(-300));
  EXPECT_EQ(inside.lines[0].adjustments[0].labelZh, "特价");
  const auto atEnd = priced(openSale({piece(1, "100005", 400, 2)}), defaultPricingRules(), promotions, *special.to);
  EXPECT_TRUE(atEnd.lines[0].adjustments.empty()) << "to is exclusive";
  const auto atStart = priced(openSale({piece(1, "100005", 400, 2)}), defaultPricingRules(), promotions, *special.from);
  EXPECT_FALSE(atStart.lines[0].adjustments.empty()) << "from is inclusive";
}

TEST(TimePrice, DailyHoursUseTheLaneOffsetAndMaySpanMidnight) {
  auto evening = timePrice("tp-evening", {"100005"}, 200);
  evening.hours = DailyHours{22 * 60, 2 * 60};
  const auto promotions = listOf({evening});
  const auto priceAt = [&](const std::string& when) {
    return priced(openSale({piece(1, "100005", 400)}), defaultPricingRules(), promotions, at(when)).totals.net;
  };
  EXPECT_EQ(priceAt("2026-11-22T21:59:00+08:00"), yuan(400));
  EXPECT_EQ(priceAt("2026-11-22T22:00:00+08:00"), yuan(200));
  EXPECT_EQ(priceAt("2026-11-22T15:30:00Z"), yuan(200));  // 23:30 in Beijing
  EXPECT_EQ(priceAt("2026-11-23T01:59:00+08:00"), yuan(200));
  EXPECT_EQ(priceAt("2026-11-23T02:00:00+08:00"), yuan(400));
}

TEST(TimePrice, WeighedItemsTakeTheSpecialPricePerKilogramAndTheLowestWins) {
  const auto promotions = listOf({timePrice("tp-a", {"200001"}, 1500), timePrice("tp-b", {"200001"}, 1200),
                                  timePrice("tp-dearer", {"200001"}, 3000)});
  const auto sale = priced(openSale({weighed(1, "200001", 2000, 500)}), defaultPricingRules(), promotions);
  ASSERT_EQ(sale.lines[0].adjustments.size(), 1U);
  EXPECT_EQ(sale.lines[0].adjustments[0].code, "tp-b");
  EXPECT_EQ(sale.lines[0].net, yuan(600));
}

TEST(TimePrice, MultiBuyThenWorksOnTheSpecialPrice) {
  const auto promotions = listOf({timePrice("tp", {"100001"}, 300), multiBuy("mb", {"100001"}, 2, 500)});
  const auto sale = priced(openSale({piece(1, "100001", 400, 2)}), defaultPricingRules(), promotions);
  ASSERT_EQ(sale.lines[0].adjustments.size(), 2U);
  EXPECT_EQ(sale.lines[0].adjustments[0].amount, yuan(-200));
  EXPECT_EQ(sale.lines[0].adjustments[1].amount, yuan(-100));
  EXPECT_EQ(sale.lines[0].net, yuan(500));
}

TEST(ParsePromotions, ReadsBothKinds) {
  auto parsed = parsePromotions(R"({"utc_offset_minutes": 60, "promotions": [
      {"id": "mb-1", "kind": "multi_buy", "label_en": "3 for 10.00", "label_zh": "3件10元",
       "skus": ["100001", "100002"], "quantity": 3, "price": "10.00"},
      {"id": "tp-1", "kind": "time_price", "label_en": "Evening", "label_zh": "晚市", "skus": ["100005"],
       "price": "2.5", "from": "2026-11-01T00:00:00+08:00", "to": "2026-12-01T00:00:00Z",
       "daily_from": "18:00", "daily_to": "20:30"}]})",
                                "promotions.json", 2);
  ASSERT_TRUE(parsed) << parsed.error();
  const auto& items = parsed.value().items;
  EXPECT_EQ(parsed.value().utcOffsetMinutes, 60);
  ASSERT_EQ(items.size(), 2U);
  EXPECT_EQ(items[0].kind, Promotion::Kind::MultiBuy);
  EXPECT_EQ(items[0].skus, (std::vector<std::string>{"100001", "100002"}));
  EXPECT_EQ(items[0].price, yuan(1000));
  EXPECT_EQ(items[1].kind, Promotion::Kind::TimePrice);
  EXPECT_EQ(items[1].price, yuan(250));
  EXPECT_EQ(*items[1].from, at("2026-10-31T16:00:00Z"));
  ASSERT_TRUE(items[1].hours);
  EXPECT_EQ(items[1].hours->fromMinute, 18 * 60);
  EXPECT_EQ(items[1].hours->toMinute, 20 * 60 + 30);
}

struct BadFile {
  const char* name;
  const char* json;
  const char* says;
};

class ParsePromotionsRefuses : public ::testing::TestWithParam<BadFile> {};

TEST_P(ParsePromotionsRefuses, NamingTheEntryAndField) {
  const auto parsed = parsePromotions(GetParam().json, "promotions.json", 2);
  ASSERT_FALSE(parsed);
  EXPECT_NE(parsed.error().find(GetParam().says), std::string::npos) << parsed.error();
}

#define MB(extra) \
  R"({"promotions": [{"id": "mb", "kind": "multi_buy", "label_en": "x", "label_zh": "x", "skus": ["1"], )" extra "}]}"

INSTANTIATE_TEST_SUITE_P(
    BadFiles, ParsePromotionsRefuses,
    ::testing::Values(
        BadFile{"NotJson", "{", "promotions.json: not valid JSON"},
        BadFile{"NoArray", R"({"promo": []})", "promotions.json: promo: unknown key"},
        BadFile{"MissingArray", R"({})", "promotions.json: promotions: expected an array"},
        BadFile{"UnknownKind", R"({"promotions": [{"id": "x", "kind": "bogo"}]})", "promotions[0].kind"},
        BadFile{"MissingQuantity", MB(R"("price": "10.00")"), "promotions[0].quantity"},
        BadFile{"QuantityOne", MB(R"("quantity": 1, "price": "10.00")"), "promotions[0].quantity: expected 2 to 99"},
        BadFile{"ZeroPrice", MB(R"("quantity": 3, "price": "0.00")"), "promotions[0].price: expected an amount above zero"},
        BadFile{"NegativePrice", MB(R"("quantity": 3, "price": "-1.00")"), "promotions[0].price"},
        BadFile{"ThreeDecimals", MB(R"("quantity": 3, "price": "1.005")"), "at most 2 decimals"},
        BadFile{"NumericPrice", MB(R"("quantity": 3, "price": 10)"), "promotions[0].price: expected a string"},
        BadFile{"BadInstant", MB(R"("quantity": 3, "price": "1.00", "from": "2026-02-30T00:00:00Z")"),
                "promotions[0].from: expected an ISO 8601 instant"},
        BadFile{"ToBeforeFrom",
                MB(R"("quantity": 3, "price": "1.00", "from": "2026-02-03T00:00:00Z", "to": "2026-02-02T00:00:00Z")"),
                "promotions[0].to: expected an instant after from"},
        BadFile{"HalfDailyHours", MB(R"("quantity": 3, "price": "1.00", "daily_from": "18:00")"), "promotions[0].daily_to"},
        BadFile{"BadTimeOfDay", MB(R"("quantity": 3, "price": "1.00", "daily_from": "24:00", "daily_to": "01:00")"),
                "promotions[0].daily_from"},
        BadFile{"UnknownField", MB(R"("quantity": 3, "price": "1.00", "qty": 3)"), "promotions[0].qty: unknown key"},
        BadFile{"DuplicateId",
                R"({"promotions": [{"id": "a", "kind": "time_price", "label_en": "x", "label_zh": "x", "skus": ["1"], "price": "1"},
                                   {"id": "a", "kind": "time_price", "label_en": "x", "label_zh": "x", "skus": ["1"], "price": "1"}]})",
                "promotions[1].id"},
        BadFile{"NoSkus",
                R"({"promotions": [{"id": "a", "kind": "time_price", "label_en": "x", "label_zh": "x", "skus": [], "price": "1"}]})",
                "promotions[0].skus"},
        BadFile{"SkuTwice",
                R"({"promotions": [{"id": "a", "kind": "time_price", "label_en": "x", "label_zh": "x", "skus": ["1", "1"], "price": "1"}]})",
                "promotions[0].skus[1]"},
        BadFile{"QuantityOnTimePrice",
                R"({"promotions": [{"id": "a", "kind": "time_price", "label_en": "x", "label_zh": "x", "skus": ["1"], "price": "1", "quantity": 2}]})",
                "promotions[0].quantity"},
        BadFile{"NoChineseLabel",
                R"({"promotions": [{"id": "a", "kind": "time_price", "label_en": "x", "skus": ["1"], "price": "1"}]})",
                "promotions[0].label_zh"}),
    [](const auto& param) { return std::string(param.param.name); });

TEST(ParseIsoInstant, AcceptsZuluAndOffsetsAndRefusesTheRest) {
  EXPECT_EQ(parseIsoInstant("2026-11-22T04:00:00Z"), parseIsoInstant("2026-11-22T12:00:00+08:00"));
  EXPECT_EQ(parseIsoInstant("2026-11-22T04:00Z"), parseIsoInstant("2026-11-21T23:00:00-05:00"));
  for (const char* bad : {"2026-11-22", "2026-11-22T04:00:00", "2026-13-01T00:00:00Z", "2026-02-29T00:00:00Z",
                          "2026-11-22T24:00:00Z", "2026-11-22T04:60:00Z", "2026-11-22 04:00:00Z", "x"}) {
    EXPECT_EQ(parseIsoInstant(bad), std::nullopt) << bad;
  }
  EXPECT_NE(parseIsoInstant("2028-02-29T00:00:00Z"), std::nullopt);
}

}  // namespace
