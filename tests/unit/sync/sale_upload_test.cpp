#include "poscore/sync/sale_upload.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <Poco/JSON/Parser.h>

#include "journal/sale_store_fixture.hpp"
#include "poscore/sale/sale_json.hpp"
#include "poscore/sync/outbox_queue.hpp"

namespace poscore::sync {
namespace {

using ::testing::HasSubstr;

class SaleUploadTest : public postest::SaleStoreFixture {
 protected:
  SaleUploadTest() { store->setCommitHook(saleUploader(outbox, "L01", "CNY")); }

  std::int64_t count(const std::string& table) {
    return std::get<std::int64_t>(db->query("SELECT count(*) FROM " + table).value().at(0).at(0));
  }

  Outbox outbox{*db, clock};
};

TEST_F(SaleUploadTest, ACompletedSaleIsQueuedWithItsRecord) {
  auto s = openSale("S-1");
  s.totals.total = Money::minor(4990);
  ASSERT_TRUE(store->commit(s).isOk());
  auto pending = OutboxQueue(*db).pending(10).value();
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_EQ(pending[0].plugin, kCoreSender);
  EXPECT_EQ(pending[0].path, "/sales");
  EXPECT_EQ(pending[0].idempotencyKey, "sale:" + s.receiptNo);
  auto body = Poco::JSON::Parser().parse(pending[0].body).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(body->getValue<std::string>("lane_id"), "L01");
  EXPECT_EQ(body->getValue<std::string>("receipt"), s.receiptNo);
  EXPECT_EQ(body->getValue<std::string>("kind"), "sale");
  EXPECT_EQ(body->getValue<std::string>("currency"), "CNY");
  EXPECT_EQ(body->getValue<Poco::Int64>("total"), 4990);
  EXPECT_THAT(body->getValue<std::string>("completed_at"), HasSubstr("T"));
  // The sale record is the lane's own, as the journal holds it.
  auto record = sale::saleFromJson(*body->getObject("sale"));
  ASSERT_TRUE(record) << record.error();
  EXPECT_EQ(record.value().receiptNo, s.receiptNo);
  EXPECT_EQ(record.value().lines.size(), s.lines.size());
}

TEST_F(SaleUploadTest, AReturnIsQueuedAsAReturn) {
  const auto receipt = sell("S-1");
  auto r = openSale("R-1", 1);
  r.kind = sale::SaleKind::Return;
  r.originalReceiptNo = receipt;
  r.lines[0].returnOfLine = 1;
  r.lines[0].quantity = -r.lines[0].quantity;
  ASSERT_TRUE(store->commit(r).isOk());
  auto pending = OutboxQueue(*db).pending(10).value();
  ASSERT_EQ(pending.size(), 2u);
  EXPECT_THAT(pending[1].body, HasSubstr("\"kind\":\"return\""));
}

TEST_F(SaleUploadTest, AFailureAfterTheOutboxRowLeavesNeitherSaleNorRow) {
  const auto upload = saleUploader(outbox, "L01", "CNY");
  store->setCommitHook([&](possdk::Sql& sql, const sale::Sale& s) {
    auto queued = upload(sql, s);
    EXPECT_TRUE(queued.isOk());
    EXPECT_EQ(std::get<std::int64_t>(sql.query("SELECT count(*) FROM outbox").value().at(0).at(0)), 1);
    return possdk::Status::fail("disk full");
  });
  auto s = openSale("S-1");
  ASSERT_TRUE(store->saveOpen(s).isOk());
  auto done = store->commit(s);
  ASSERT_FALSE(done);
  EXPECT_THAT(done.error(), HasSubstr("disk full"));
  EXPECT_EQ(count("outbox"), 0);
  EXPECT_EQ(count("sales"), 0);
  EXPECT_TRUE(s.receiptNo.empty());
  // The sale is still open and completes once the fault is gone, taking the receipt number unused.
  store->setCommitHook(upload);
  ASSERT_TRUE(store->commit(s).isOk());
  EXPECT_EQ(count("outbox"), 1);
  EXPECT_EQ(s.receiptNo, "L01-00000001");
}

TEST_F(SaleUploadTest, AnOutboxThatCannotQueueFailsTheSale) {
  ASSERT_TRUE(db->exec("CREATE TRIGGER no_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'outbox broken'); END").isOk());
  auto s = openSale("S-1");
  auto done = store->commit(s);
  ASSERT_FALSE(done);
  EXPECT_THAT(done.error(), HasSubstr("outbox broken"));
  EXPECT_EQ(count("sales"), 0);
}

}  // namespace
}  // namespace poscore::sync
