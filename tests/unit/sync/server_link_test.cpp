#include "poscore/sync/server_link.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fake_store_server.hpp"

namespace poscore::sync {
namespace {

using ::testing::HasSubstr;

// More than one read of the link's buffer, so the count spans reads.
constexpr std::size_t kCap = 100'000;

class ServerLinkTest : public ::testing::Test {
 protected:
  possdk::Result<ServerReply> answerOf(std::size_t bytes) {
    server.on("GET /api/v1/catalog/changes", 200, std::string(bytes, 'x'));
    ServerLink link(server.url(), {}, std::chrono::seconds(5), kCap);
    return link.send("GET", "/api/v1/catalog/changes");
  }

  postest::FakeStoreServer server;
};

TEST_F(ServerLinkTest, AnAnswerUpToTheCapIsRead) {
  auto reply = answerOf(kCap);
  ASSERT_TRUE(reply) << reply.error();
  EXPECT_EQ(reply.value().body.size(), kCap);
}

TEST_F(ServerLinkTest, AnAnswerPastTheCapIsAFailureNamingTheLimit) {
  auto reply = answerOf(kCap + 1);
  ASSERT_FALSE(reply);
  EXPECT_THAT(reply.error(), HasSubstr("longer than the lane takes (100000 bytes)"));
}

}  // namespace
}  // namespace poscore::sync
