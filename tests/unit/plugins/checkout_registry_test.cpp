#include "poscore/counter/checkout_registry.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace {

using poscore::counter::CheckoutRegistry;

struct FakeTender : possdk::TenderProvider {
  explicit FakeTender(std::string kind) : kind_(std::move(kind)) {}
  std::string id() const override { return kind_; }
  std::string label() const override { return "Fake " + kind_; }
  void pay(const possdk::TenderRequest& r, std::function<void(possdk::Result<possdk::TenderApproval>)> done) override {
    done(possdk::TenderApproval{r.dueMinor, "ref"});
  }
  void refund(const std::string&, std::int64_t, std::function<void(possdk::Status)> done) override {
    done(possdk::Status::ok());
  }
  std::string kind_;
};

struct FixedLookup : possdk::CodeLookup {
  FixedLookup(std::string code, bool throws = false) : code_(std::move(code)), throws_(throws) {}
  std::optional<possdk::LookupItem> lookup(const std::string& code) override {
    if (throws_) throw std::runtime_error("lookup table missing");
    if (code != code_) return std::nullopt;
    return possdk::LookupItem{"GIFT-" + code, "Gift card", "礼品卡", 5000, "C"};
  }
  std::string code_;
  bool throws_;
};

struct Footer : possdk::ReceiptSection {
  explicit Footer(bool throws = false) : throws_(throws) {}
  std::vector<possdk::ReceiptText> linesFor(const std::string& saleJson) override {
    if (throws_) throw std::runtime_error("no points today");
    return {{"points for " + saleJson, true, true}};
  }
  bool throws_;
};

TEST(CheckoutRegistry, APluginTenderIsListedAndFoundByItsKind) {
  CheckoutRegistry registry;
  auto checkout = registry.facadeFor("points");
  ASSERT_TRUE(checkout->addTender(std::make_shared<FakeTender>("points")));
  ASSERT_EQ(registry.tenders().size(), 1u);
  const auto* entry = registry.tender("points");
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->pluginId, "points");
  EXPECT_EQ(registry.tender("coupon"), nullptr);
}

TEST(CheckoutRegistry, RefusesBuiltInDuplicateEmptyAndMissingTenders) {
  CheckoutRegistry registry;
  auto a = registry.facadeFor("a");
  auto b = registry.facadeFor("b");
  auto cash = a->addTender(std::make_shared<FakeTender>("cash"));
  EXPECT_FALSE(cash);
  EXPECT_NE(cash.error().find("host handles itself"), std::string::npos) << cash.error();
  EXPECT_FALSE(a->addTender(std::make_shared<FakeTender>("")));
  EXPECT_FALSE(a->addTender(nullptr));
  ASSERT_TRUE(a->addTender(std::make_shared<FakeTender>("coupon")));
  auto twice = b->addTender(std::make_shared<FakeTender>("coupon"));
  ASSERT_FALSE(twice);
  EXPECT_NE(twice.error().find("already added by plugin a"), std::string::npos) << twice.error();
}

TEST(CheckoutRegistry, LookupAsksPluginsInOrderAndSkipsOneThatThrows) {
  CheckoutRegistry registry;
  ASSERT_TRUE(registry.facadeFor("broken")->addLookup(std::make_shared<FixedLookup>("", true)));
  ASSERT_TRUE(registry.facadeFor("gift")->addLookup(std::make_shared<FixedLookup>("777")));
  auto item = registry.lookup("777");
  ASSERT_TRUE(item.has_value());
  EXPECT_EQ(item->sku, "GIFT-777");
  EXPECT_EQ(item->priceMinor, 5000);
  EXPECT_FALSE(registry.lookup("778").has_value());
}

TEST(CheckoutRegistry, ReceiptSectionsAddTheirLinesAndAThrowingOneAddsNone) {
  CheckoutRegistry registry;
  ASSERT_TRUE(registry.facadeFor("x")->addReceiptSection(std::make_shared<Footer>(true)));
  ASSERT_TRUE(registry.facadeFor("points")->addReceiptSection(std::make_shared<Footer>()));
  auto lines = registry.receiptLines("{}");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].text, "points for {}");
  EXPECT_TRUE(lines[0].bold);
}

TEST(CheckoutRegistry, ForgetRemovesEverythingAPluginAdded) {
  CheckoutRegistry registry;
  auto checkout = registry.facadeFor("points");
  ASSERT_TRUE(checkout->addTender(std::make_shared<FakeTender>("points")));
  ASSERT_TRUE(checkout->addLookup(std::make_shared<FixedLookup>("1")));
  ASSERT_TRUE(checkout->addReceiptSection(std::make_shared<Footer>()));
  ASSERT_TRUE(registry.facadeFor("other")->addTender(std::make_shared<FakeTender>("coupon")));
  registry.forget("points");
  EXPECT_EQ(registry.tender("points"), nullptr);
  EXPECT_NE(registry.tender("coupon"), nullptr);
  EXPECT_FALSE(registry.lookup("1").has_value());
  EXPECT_TRUE(registry.receiptLines("{}").empty());
}

}  // namespace
