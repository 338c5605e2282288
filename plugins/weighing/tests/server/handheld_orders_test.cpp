// A handheld's order through a real pos-server with the weighing module, on SQLite and PostgreSQL:
// priced from the server's catalog, refused with the contract's codes, replayed by key.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <regex>
#include <set>
#include <thread>

#include "weighing_server.hpp"

namespace weighing::test {
namespace {

class HandheldOrders : public WeighingServerTest {
 protected:
  // Runs `change` in a transaction of the test's own and keeps it open until `request`, on another
  // thread, has answered or waits for a row lock; then commits and hands back the answer. The
  // request thus meets the change mid-flight, as a concurrent submit or add would.
  postest::Answer duringChange(const std::function<possdk::Status(possdk::Sql&)>& change,
                               const std::function<postest::Answer()>& request) {
    postest::Answer answer;
    std::atomic<bool> answered{false};
    std::thread caller;
    const auto held = database().transaction([&](possdk::Sql& tx) {
      if (auto changed = change(tx); !changed) return changed;
      caller = std::thread([&] {
        answer = request();
        answered = true;
      });
      while (!answered && !waitsForALock(tx)) std::this_thread::sleep_for(std::chrono::milliseconds(5));
      return possdk::Status::ok();
    });
    caller.join();
    EXPECT_TRUE(held) << held.error();
    return answer;
  }

  static bool waitsForALock(possdk::Sql& tx) {
    const auto rows = tx.query("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                               "AND wait_event_type = 'Lock'");
    return rows && std::get<std::int64_t>(rows.value().at(0).at(0)) > 0;
  }

  // SQLite writes one transaction at a time, so only PostgreSQL lets two requests meet.
  bool onPostgres() const { return GetParam() == posserver::db::Dialect::Postgres; }
};

// A copy of the order's first line as line `line`.
possdk::Status copyFirstLine(possdk::Sql& sql, const std::string& id, std::int64_t line) {
  const auto copied = sql.exec(
      "INSERT INTO weighing_order_lines (order_id, line, sku, barcode, name_en, name_zh, quantity, price_minor, catalog_mg, "
      "catalog_spread_mg, eas) SELECT order_id, ?, sku, barcode, name_en, name_zh, quantity, price_minor, catalog_mg, "
      "catalog_spread_mg, eas FROM weighing_order_lines WHERE order_id = ? AND line = 1",
      {line, std::int64_t{std::stoll(id)}});
  if (!copied) return possdk::Status::fail(copied.error());
  const auto numbered = sql.exec("UPDATE weighing_orders SET next_line = ? WHERE id = ?", {line, std::int64_t{std::stoll(id)}});
  return numbered ? possdk::Status::ok() : possdk::Status::fail(numbered.error());
}

std::string idOf(const postest::Answer& answer) { return std::to_string(answer.json()->getValue<std::int64_t>("id")); }

TEST_P(HandheldOrders, AnOrderIsPricedFromTheCatalogSubmittedAndPaidWithASignedPass) {
  const auto created = post(handheld_, "/orders", "{}", "k1");
  ASSERT_EQ(created.status, 201) << created.body;
  const auto id = idOf(created);
  EXPECT_EQ(created.json()->getValue<std::string>("status"), "open");
  // An EAN-8 is found under its GTIN-14 key, as the catalog publishes it.
  ASSERT_EQ(post(handheld_, "/orders/" + id + "/items", R"({"code":"12345670","quantity":2})", "k2").status, 200);
  const auto added = post(handheld_, "/orders/" + id + "/items", R"({"code":"6901234567892"})", "k3");
  ASSERT_EQ(added.status, 200) << added.body;
  const auto items = added.json()->getArray("items");
  ASSERT_EQ(items->size(), 2u);
  const auto tea = items->getObject(1);
  EXPECT_EQ(tea->getValue<std::string>("sku"), "TEA");
  EXPECT_EQ(tea->getValue<std::string>("barcode"), "06901234567892");
  EXPECT_EQ(tea->getValue<std::string>("name_zh"), "绿茶");
  EXPECT_EQ(tea->getValue<std::int64_t>("quantity"), 1);
  EXPECT_EQ(tea->getObject("weight")->getValue<std::int64_t>("catalog_mg"), 520000);
  EXPECT_EQ(tea->getObject("weight")->getValue<std::int64_t>("catalog_spread_mg"), 10000);
  EXPECT_EQ(items->getObject(0)->getValue<std::string>("barcode"), "00000012345670");
  EXPECT_EQ(added.json()->getValue<std::int64_t>("total_minor"), 2 * 1299 + 350);

  const auto submitted = call(handheld_, "POST", "/orders/" + id + "/submit", "{}");
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  EXPECT_EQ(submitted.json()->getValue<std::string>("status"), "submitted");
  const auto paid = post(handheld_, "/orders/" + id + "/pay",
                         R"({"method":"scan-to-pay","reference":"WX-42","amount_minor":2948})", "k4");
  ASSERT_EQ(paid.status, 200) << paid.body;
  const auto order = paid.json();
  EXPECT_EQ(order->getValue<std::string>("status"), "paid");
  EXPECT_TRUE(std::regex_match(order->getValue<std::string>("order_no"), std::regex(R"(W20\d{6}-0001)")))
      << order->getValue<std::string>("order_no");
  EXPECT_EQ(order->getValue<std::string>("qr").rfind("WO1.", 0), 0u);
  const auto read = call(handheld_, "GET", "/orders/" + id);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.body, paid.body);
}

TEST_P(HandheldOrders, OrderNumbersFollowEachOtherWithinTheStoreAndDay) {
  const auto first = shop({{kTeaCode, 1}})->getValue<std::string>("order_no");
  const auto second = shop({{kTeaCode, 1}})->getValue<std::string>("order_no");
  EXPECT_EQ(first.substr(0, 10), second.substr(0, 10));
  EXPECT_EQ(first.substr(10), "0001");
  EXPECT_EQ(second.substr(10), "0002");
}

TEST_P(HandheldOrders, ConcurrentPaymentsEachGetTheirOwnNumber) {
  constexpr int kOrders = 6;
  std::vector<std::string> ids;
  for (int i = 0; i < kOrders; ++i) ids.push_back(std::to_string(shop({{kTeaCode, 1}}, false)->getValue<std::int64_t>("id")));
  std::mutex mutex;
  std::set<std::string> numbers;
  std::vector<std::thread> payers;
  for (int i = 0; i < kOrders; ++i) {
    payers.emplace_back([&, i] {
      const auto paid = post(handheld_, "/orders/" + ids[static_cast<std::size_t>(i)] + "/pay",
                             R"({"method":"scan-to-pay","reference":"R","amount_minor":350})", "pay-" + std::to_string(i));
      const std::lock_guard lock(mutex);
      if (paid.status == 200) numbers.insert(paid.json()->getValue<std::string>("order_no"));
    });
  }
  for (auto& payer : payers) payer.join();
  ASSERT_EQ(numbers.size(), static_cast<std::size_t>(kOrders));
  EXPECT_EQ(numbers.rbegin()->substr(10), "0006");
}

TEST_P(HandheldOrders, ARepeatedKeyAnswersTheFirstAnswerAndWritesNothing) {
  const auto created = post(handheld_, "/orders", "{}", "create-1");
  const auto again = post(handheld_, "/orders", "{}", "create-1");
  ASSERT_EQ(again.status, 201);
  EXPECT_EQ(again.body, created.body);
  EXPECT_EQ(count("weighing_orders"), 1);
  const auto id = idOf(created);
  const auto add = R"({"code":"6901234567892","quantity":3})";
  const auto first = post(handheld_, "/orders/" + id + "/items", add, "add-1");
  const auto repeat = post(handheld_, "/orders/" + id + "/items", add, "add-1");
  EXPECT_EQ(repeat.body, first.body);
  EXPECT_EQ(count("weighing_order_lines"), 1);
  const auto reused = post(handheld_, "/orders/" + id + "/items", R"({"code":"12345670"})", "add-1");
  EXPECT_EQ(reused.status, 409);
  EXPECT_EQ(reused.errorCode(), "idempotency_key_reused");
  EXPECT_EQ(count("weighing_order_lines"), 1);
  // A refused request does not spend its key.
  EXPECT_EQ(post(handheld_, "/orders/" + id + "/items", R"({"code":"6901234567893"})", "add-2").status, 422);
  EXPECT_EQ(post(handheld_, "/orders/" + id + "/items", R"({"code":"12345670"})", "add-2").status, 200);
}

TEST_P(HandheldOrders, ItemsAreRefusedWithTheContractsCodes) {
  const auto id = idOf(post(handheld_, "/orders", "{}", "o"));
  const auto add = [&](const std::string& body, const std::string& key) {
    return post(handheld_, "/orders/" + id + "/items", body, key);
  };
  const auto unknown = add(R"({"code":"6901234567915"})", "a1");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(unknown.errorCode(), "product_unknown");
  EXPECT_NE(unknown.body.find("6901234567915"), std::string::npos);
  const auto checkDigit = add(R"({"code":"6901234567893"})", "a2");
  EXPECT_EQ(checkDigit.errorCode(), "barcode_check_digit");
  EXPECT_NE(checkDigit.body.find("should end in 2"), std::string::npos);
  EXPECT_EQ(add(R"({"code":"69012"})", "a3").errorField(), "code");
  for (const auto* quantity : {"0", "100", "1.5", "\"2\""}) {
    const auto bad = add(std::string(R"({"code":"6901234567892","quantity":)") + quantity + "}", std::string("q") + quantity);
    EXPECT_EQ(bad.status, 422) << quantity;
    EXPECT_EQ(bad.errorField(), "quantity") << quantity;
  }
  EXPECT_EQ(add(R"({"code":"6901234567908"})", "a4").errorCode(), "product_sold_by_weight");
  EXPECT_EQ(add(R"({"code":"6901234567892","colour":"red"})", "a5").errorCode(), "unknown_field");
  EXPECT_EQ(add(R"({"code":)", "a6").errorCode(), "malformed_json");
  EXPECT_EQ(client(handheld_)->post(std::string(kMount) + "/orders/" + id + "/items", R"({"code":"12345670"})").errorCode(),
            "missing_header");
  EXPECT_EQ(count("weighing_order_lines"), 0);
}

TEST_P(HandheldOrders, AnOrderIsItsOwnersOnly) {
  const auto id = idOf(post(handheld_, "/orders", "{}", "o"));
  const auto read = call(otherHandheld_, "GET", "/orders/" + id);
  EXPECT_EQ(read.status, 403);
  EXPECT_EQ(read.errorCode(), "forbidden");
  EXPECT_EQ(post(otherHandheld_, "/orders/" + id + "/items", R"({"code":"12345670"})", "x").status, 403);
  EXPECT_EQ(call(otherHandheld_, "POST", "/orders/" + id + "/submit", "{}").status, 403);
  EXPECT_EQ(call(handheld_, "GET", "/orders/999").errorCode(), "order_unknown");
  EXPECT_EQ(call(handheld_, "GET", "/orders/abc").errorCode(), "order_unknown");
}

TEST_P(HandheldOrders, LinesAreRemovedOnlyWhileTheOrderIsOpen) {
  const auto id = idOf(post(handheld_, "/orders", "{}", "o"));
  ASSERT_EQ(post(handheld_, "/orders/" + id + "/items", R"({"code":"12345670"})", "a").status, 200);
  ASSERT_EQ(post(handheld_, "/orders/" + id + "/items", R"({"code":"6901234567892"})", "b").status, 200);
  const auto removed = call(handheld_, "DELETE", "/orders/" + id + "/items/1");
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_EQ(removed.json()->getArray("items")->size(), 1u);
  EXPECT_EQ(removed.json()->getValue<std::int64_t>("total_minor"), 350);
  EXPECT_EQ(call(handheld_, "DELETE", "/orders/" + id + "/items/1").errorCode(), "line_unknown");
  ASSERT_EQ(call(handheld_, "POST", "/orders/" + id + "/submit", "{}").status, 200);
  EXPECT_EQ(call(handheld_, "DELETE", "/orders/" + id + "/items/2").errorCode(), "order_not_open");
  EXPECT_EQ(post(handheld_, "/orders/" + id + "/items", R"({"code":"12345670"})", "c").errorCode(), "order_not_open");
}

// A removal that read the order open before a submit committed must not change the submitted order.
TEST_P(HandheldOrders, ARemovalMeetingASubmitLeavesTheSubmittedOrderWhole) {
  if (!onPostgres()) GTEST_SKIP() << "SQLite runs one writer at a time";
  const auto id = idOf(post(handheld_, "/orders", "{}", "o"));
  ASSERT_EQ(post(handheld_, "/orders/" + id + "/items", R"({"code":"12345670"})", "a").status, 200);
  ASSERT_EQ(post(handheld_, "/orders/" + id + "/items", R"({"code":"6901234567892"})", "b").status, 200);
  const auto removed = duringChange(
      [&](possdk::Sql& tx) {
        const auto submitted = tx.exec("UPDATE weighing_orders SET status = 'submitted' WHERE id = ?",
                                       {std::int64_t{std::stoll(id)}});
        return submitted ? possdk::Status::ok() : possdk::Status::fail(submitted.error());
      },
      [&] { return call(handheld_, "DELETE", "/orders/" + id + "/items/1"); });
  EXPECT_EQ(removed.status, 409) << removed.body;
  EXPECT_EQ(removed.errorCode(), "order_not_open");
  EXPECT_EQ(count("weighing_order_lines"), 2);
}

// Of two adds to an order of 99 lines, only one gets in: the count is taken under the order's row.
TEST_P(HandheldOrders, AnAddMeetingAnotherAddNeverMakesAHundredAndFirstLine) {
  if (!onPostgres()) GTEST_SKIP() << "SQLite runs one writer at a time";
  const auto id = idOf(post(handheld_, "/orders", "{}", "o"));
  ASSERT_EQ(post(handheld_, "/orders/" + id + "/items", R"({"code":"12345670"})", "a").status, 200);
  for (std::int64_t line = 2; line <= 99; ++line) ASSERT_TRUE(copyFirstLine(database(), id, line));
  const auto added = duringChange([&](possdk::Sql& tx) { return copyFirstLine(tx, id, 100); },
                                  [&] { return post(handheld_, "/orders/" + id + "/items", R"({"code":"12345670"})", "b"); });
  EXPECT_EQ(added.status, 422) << added.body;
  EXPECT_EQ(added.errorCode(), "order_full");
  EXPECT_EQ(count("weighing_order_lines"), 100);
}

TEST_P(HandheldOrders, PaymentWantsASubmittedOrderAndItsExactTotal) {
  const auto id = idOf(post(handheld_, "/orders", "{}", "o"));
  EXPECT_EQ(call(handheld_, "POST", "/orders/" + id + "/submit", "{}").errorCode(), "order_empty");
  ASSERT_EQ(post(handheld_, "/orders/" + id + "/items", R"({"code":"6901234567892","quantity":2})", "a").status, 200);
  const auto pay = [&](const std::string& body, const std::string& key) {
    return post(handheld_, "/orders/" + id + "/pay", body, key);
  };
  const auto early = pay(R"({"method":"scan-to-pay","reference":"R1","amount_minor":700})", "p1");
  EXPECT_EQ(early.status, 409);
  EXPECT_EQ(early.errorCode(), "order_not_submitted");
  ASSERT_EQ(call(handheld_, "POST", "/orders/" + id + "/submit", "{}").status, 200);
  const auto short_ = pay(R"({"method":"scan-to-pay","reference":"R1","amount_minor":699})", "p2");
  EXPECT_EQ(short_.status, 422);
  EXPECT_EQ(short_.errorCode(), "amount_mismatch");
  EXPECT_EQ(short_.errorField(), "amount_minor");
  EXPECT_EQ(pay(R"({"method":"cash","reference":"R1","amount_minor":700})", "p3").errorField(), "method");
  EXPECT_EQ(pay(R"({"method":"scan-to-pay","amount_minor":700})", "p4").errorCode(), "missing_field");
  EXPECT_EQ(count("weighing_order_numbers"), 0);
  ASSERT_EQ(pay(R"({"method":"scan-to-pay","reference":"R1","amount_minor":700})", "p5").status, 200);
  EXPECT_EQ(pay(R"({"method":"scan-to-pay","reference":"R2","amount_minor":700})", "p6").errorCode(),
            "order_not_submitted");
}

POS_DATABASE_TEST_SUITE(HandheldOrders);

}  // namespace
}  // namespace weighing::test
