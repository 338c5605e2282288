#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "run_posctl.hpp"
#include "sync_fixture.hpp"

namespace poscore::sync {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// posctl against a lane folder whose settings name the fake server.
class PosctlServerTest : public postest::SyncFixture {
 protected:
  PosctlServerTest() {
    std::ofstream(dir / "lane.json") << R"({"lane":{"id":"L01","data_dir":"data"},"server":{"url":")" << server.url()
                                     << R"(","timeout_seconds":5}})";
    db.reset();  // posctl opens the lane database itself
  }
  postest::PosctlRun posctl(std::vector<std::string> args) {
    args.insert(args.begin(), {"--config", (dir / "lane.json").string()});
    return postest::runPosctl(args, "", dir.path());
  }
  // The lane database posctl uses, opened for a moment to queue an entry.
  void queueInLane(const std::string& key) {
    LaneDb lane(dir / "data" / "lane.db");
    Outbox box(lane, clock);
    ASSERT_TRUE(box.enqueue("core", "/sales", R"({"k":")" + key + "\"}", key));
  }
};

TEST_F(PosctlServerTest, EnrolThenSyncThenStatus) {
  auto enrolled = posctl({"server", "enrol", "CODE-9"});
  EXPECT_EQ(enrolled.exitCode, 0) << enrolled.output;
  EXPECT_THAT(enrolled.output, HasSubstr("device d-7"));
  EXPECT_THAT(server.requestsTo("POST /api/v1/enrol").at(0).body, HasSubstr("\"code\":\"CODE-9\""));

  queueInLane("sale:1");
  auto synced = posctl({"server", "sync"});
  EXPECT_EQ(synced.exitCode, 0) << synced.output;
  EXPECT_THAT(synced.output, HasSubstr("sent 1"));
  EXPECT_EQ(server.requestsTo("POST /api/v1/sales").at(0).header("Authorization"), "Bearer d-7.s3cret");

  server.on("GET /healthz", 200, R"({"status":"ok","database":"ok"})");
  auto status = posctl({"server", "status"});
  EXPECT_EQ(status.exitCode, 0) << status.output;
  EXPECT_THAT(status.output, HasSubstr("online"));
  EXPECT_THAT(status.output, HasSubstr("backlog:         0"));
}

TEST_F(PosctlServerTest, SyncFailsWhenTheServerIsAway) {
  server.stop();
  queueInLane("sale:1");
  auto synced = posctl({"server", "sync"});
  EXPECT_EQ(synced.exitCode, 1) << synced.output;
  EXPECT_THAT(synced.output, HasSubstr("FAIL"));
  auto status = posctl({"server", "status"});
  EXPECT_THAT(status.output, HasSubstr("offline"));
  EXPECT_THAT(status.output, HasSubstr("backlog:         1"));
}

TEST_F(PosctlServerTest, TheOutboxListsWhatIsPendingAndWhatWasRefused) {
  ASSERT_EQ(posctl({"server", "enrol", "CODE-9"}).exitCode, 0);
  queueInLane("sale:1");
  queueInLane("sale:2");
  server.on("POST /api/v1/sales", [](const postest::FakeStoreServer::Request& r) {
    const bool bad = r.header("Idempotency-Key") == "L01:core:sale:1";
    return postest::FakeStoreServer::Answer{bad ? 409 : 503, postest::apiError(bad ? 409 : 503, bad ? "conflict" : "database_unavailable", "x"), {}, {}};
  });
  posctl({"server", "sync"});
  auto pending = posctl({"server", "outbox"});
  EXPECT_THAT(pending.output, HasSubstr("sale:2"));
  EXPECT_THAT(pending.output, HasSubstr("1 to send"));
  auto refused = posctl({"server", "outbox", "--rejected"});
  EXPECT_THAT(refused.output, HasSubstr("sale:1"));
  EXPECT_THAT(refused.output, HasSubstr("409 conflict"));
  EXPECT_THAT(refused.output, HasSubstr("1 refused by the server"));
}

TEST_F(PosctlServerTest, ALaneWithoutServerSettingsIsOffline) {
  std::ofstream(dir / "lane.json") << R"({"lane":{"id":"L01","data_dir":"data"}})";
  auto status = posctl({"server", "status"});
  EXPECT_EQ(status.exitCode, 0);
  EXPECT_THAT(status.output, HasSubstr("sync off"));
  auto synced = posctl({"server", "sync"});
  EXPECT_NE(synced.exitCode, 0);
  EXPECT_THAT(synced.output, HasSubstr("--url"));
}

TEST_F(PosctlServerTest, PublishCatalogSendsTheCheckedFileWithAnAdminCredentialItThenRevokes) {
  std::ofstream(dir / "catalog.csv") << "sku,barcodes,name_en,name_zh,price,tax_class,unit,expected_weight_g,eas\n"
                                        "TEA,6901234567892,Green tea,绿茶,3.50,A,each,520,0\n"
                                        "SOAP,12345670,Soap,肥皂,12.99,A,each,110,1\n";
  server.on("POST /api/v1/enrol", 201, R"({"device_id":"a-1","token":"a-1.s3cret","role":"admin","store_id":"S001"})");
  server.on("POST /api/v1/catalog/changes", 201, R"({"version":7,"changes":2})");
  server.on("POST /api/v1/devices/a-1/revoke", 200, R"({"device":{}})");
  auto published = posctl({"server", "publish-catalog", (dir / "catalog.csv").string(), "--admin-code", "ADMIN-1"});
  EXPECT_EQ(published.exitCode, 0) << published.output;
  EXPECT_THAT(published.output, HasSubstr("OK published 2 products, catalog version 7"));
  EXPECT_THAT(server.requestsTo("POST /api/v1/enrol").at(0).body, HasSubstr("\"code\":\"ADMIN-1\""));
  const auto sent = server.requestsTo("POST /api/v1/catalog/changes").at(0);
  EXPECT_EQ(sent.header("Authorization"), "Bearer a-1.s3cret");
  EXPECT_THAT(sent.body, HasSubstr("\"barcodes\":[\"06901234567892\"]"));
  EXPECT_THAT(sent.body, HasSubstr("\"price\":1299"));
  EXPECT_THAT(sent.body, HasSubstr("\"expected_weight_g\":110"));
  EXPECT_EQ(server.requestsTo("POST /api/v1/devices/a-1/revoke").size(), 1u);
}

TEST_F(PosctlServerTest, PublishCatalogRevokesItsAdminCredentialWhenThePublishFails) {
  std::ofstream(dir / "catalog.csv") << "sku,barcodes,name_en,name_zh,price,tax_class,unit\n"
                                        "TEA,6901234567892,Green tea,绿茶,3.50,A,each\n";
  server.on("POST /api/v1/enrol", 201, R"({"device_id":"a-1","token":"a-1.s3cret","role":"admin","store_id":"S001"})");
  server.on("POST /api/v1/catalog/changes", 422, postest::apiError(422, "invalid", "price out of range"));
  server.on("POST /api/v1/devices/a-1/revoke", 200, R"({"device":{}})");
  auto failed = posctl({"server", "publish-catalog", (dir / "catalog.csv").string(), "--admin-code", "ADMIN-1"});
  EXPECT_EQ(failed.exitCode, 1);
  EXPECT_THAT(failed.output, HasSubstr("FAIL publishing products 1 to 1: 422"));
  EXPECT_THAT(failed.output, Not(HasSubstr("WARN")));
  const auto revoked = server.requestsTo("POST /api/v1/devices/a-1/revoke");
  ASSERT_EQ(revoked.size(), 1u);
  EXPECT_EQ(revoked[0].header("Authorization"), "Bearer a-1.s3cret");

  // A revoke the server refuses too is said, so the credential can be revoked by hand.
  server.on("POST /api/v1/devices/a-1/revoke", 503, postest::apiError(503, "unavailable", "down for upgrade"));
  auto unrevoked = posctl({"server", "publish-catalog", (dir / "catalog.csv").string(), "--admin-code", "ADMIN-1"});
  EXPECT_EQ(unrevoked.exitCode, 1);
  EXPECT_THAT(unrevoked.output, HasSubstr("WARN the publishing credential (device a-1) is still valid"));
  EXPECT_THAT(unrevoked.output, HasSubstr("FAIL publishing products 1 to 1"));
}

TEST_F(PosctlServerTest, PublishCatalogSendsNothingFromAFileWithIssuesOrWithoutAnAdminCode) {
  std::ofstream(dir / "catalog.csv") << "sku,barcodes,name_en,name_zh,price,tax_class,unit\n"
                                        "TEA,6901234567893,Green tea,绿茶,3.50,A,each\n"
                                        "SOAP,12345670,Soap,肥皂,12.99,Z,each\n";  // Z: not a tax class of the lane
  auto refused = posctl({"server", "publish-catalog", (dir / "catalog.csv").string(), "--admin-code", "ADMIN-1"});
  EXPECT_EQ(refused.exitCode, 1);
  EXPECT_THAT(refused.output, HasSubstr("FAIL"));
  EXPECT_THAT(refused.output, HasSubstr("line 2, column barcodes"));
  EXPECT_THAT(refused.output, HasSubstr("line 3, column tax_class"));
  EXPECT_TRUE(server.requestsTo("POST /api/v1/enrol").empty());

  std::ofstream(dir / "catalog.csv") << "sku,barcodes,name_en,name_zh,price,tax_class,unit\n"
                                        "TEA,6901234567892,Green tea,绿茶,3.50,A,each\n";
  auto laneCode = posctl({"server", "publish-catalog", (dir / "catalog.csv").string(), "--admin-code", "LANE-1"});
  EXPECT_EQ(laneCode.exitCode, 1);
  EXPECT_THAT(laneCode.output, HasSubstr("publishing needs an admin code"));
  EXPECT_TRUE(server.requestsTo("POST /api/v1/catalog/changes").empty());
}

}  // namespace
}  // namespace poscore::sync
