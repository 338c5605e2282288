// Members: registration by card and/or mobile, lookups with the mobile masked.
#include <Poco/JSON/Object.h>

#include "api_fixture.hpp"

namespace {
using postest::ApiTest;

class MembersTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    lane_ = enrol("lane", "S001", "L01");
  }
  std::string lane_;
};

TEST_P(MembersTest, RegisteredThenFoundByCardOrMobileWithTheMobileMasked) {
  const auto added = call("POST", "/api/v1/members", R"({"card":"88001234","mobile":"13812345678","name":"Li Lei"})", lane_);
  ASSERT_EQ(added.status, 201) << added.body;
  const auto member = added.json()->getObject("member");
  EXPECT_EQ(member->getValue<std::string>("mobile"), "138****5678");
  EXPECT_EQ(member->getValue<std::int64_t>("points"), 0);
  EXPECT_EQ(added.body.find("13812345678"), std::string::npos);

  const auto byCard = call("GET", "/api/v1/members/lookup?card=88001234", "", lane_);
  ASSERT_EQ(byCard.status, 200) << byCard.body;
  EXPECT_EQ(byCard.json()->getObject("member")->getValue<std::string>("name"), "Li Lei");
  const auto byMobile = call("GET", "/api/v1/members/lookup?mobile=13812345678", "", lane_);
  ASSERT_EQ(byMobile.status, 200);
  EXPECT_EQ(byMobile.body.find("13812345678"), std::string::npos);
  const auto missing = call("GET", "/api/v1/members/lookup?card=99999999", "", lane_);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.errorCode(), "member_not_found");

  ASSERT_EQ(call("POST", "/api/v1/members", R"({"mobile":"13900000000"})", lane_).status, 201);
  const auto before = tableCounts();
  // Sent with both numbers, the refusal reads the same whichever one is taken: no enumeration by registering.
  const auto cardTaken = call("POST", "/api/v1/members", R"({"card":"88001234","mobile":"13700000000"})", lane_);
  EXPECT_EQ(cardTaken.status, 409);
  EXPECT_EQ(cardTaken.errorCode(), "conflict");
  const auto mobileTaken = call("POST", "/api/v1/members", R"({"card":"77001234","mobile":"13900000000"})", lane_);
  EXPECT_EQ(mobileTaken.status, 409);
  EXPECT_EQ(mobileTaken.body, cardTaken.body);
  EXPECT_EQ(tableCounts(), before);
}

TEST_P(MembersTest, BadMembersAndLookupsAreRefusedNamingTheField) {
  const auto kiosk = enrol("kiosk", "S001", "K01");
  const auto before = tableCounts();
  struct Case {
    std::string body, token;
    int status;
    std::string code, field;
  };
  const std::vector<Case> cases{
      {R"({"name":"Nobody"})", lane_, 422, "missing_field", "card"},
      {R"({"card":"12345"})", lane_, 422, "invalid_field", "card"},
      {R"({"card":"12345678901234567890123"})", lane_, 422, "invalid_field", "card"},
      {R"({"card":"1234567a"})", lane_, 422, "invalid_field", "card"},
      {R"({"mobile":"23812345678"})", lane_, 422, "invalid_field", "mobile"},
      {R"({"mobile":"1381234567"})", lane_, 422, "invalid_field", "mobile"},
      {R"({"mobile":13812345678})", lane_, 422, "invalid_field", "mobile"},
      {R"({"mobile":"13812345678","vip":true})", lane_, 422, "unknown_field", "vip"},
      {R"({"mobile":"13812345678"})", kiosk, 403, "forbidden", ""},
      {R"({"mobile":"13812345678"})", "", 401, "unauthenticated", "Authorization"},
      {"not json", lane_, 400, "malformed_json", ""},
  };
  for (const auto& c : cases) {
    const auto answer = call("POST", "/api/v1/members", c.body, c.token);
    EXPECT_EQ(answer.status, c.status) << c.body << " -> " << answer.body;
    EXPECT_EQ(answer.errorCode(), c.code) << c.body;
    EXPECT_EQ(answer.errorField(), c.field) << c.body;
  }
  EXPECT_EQ(tableCounts(), before);
  EXPECT_EQ(call("GET", "/api/v1/members/lookup", "", lane_).errorCode(), "missing_field");
  EXPECT_EQ(call("GET", "/api/v1/members/lookup?card=1234567&mobile=13812345678", "", lane_).errorCode(), "invalid_field");
  EXPECT_EQ(call("GET", "/api/v1/members/lookup?mobile=12", "", lane_).errorField(), "mobile");
  EXPECT_EQ(call("GET", "/api/v1/members/lookup?name=Li", "", lane_).errorCode(), "unknown_field");
}

TEST_P(MembersTest, LookupsAreRateLimitedPerDevice) {
  const auto other = enrol("lane", "S001", "L02");
  int limited = 0;
  for (int i = 0; i < 31; ++i) {
    const auto answer = call("GET", "/api/v1/members/lookup?card=1000000" + std::to_string(i % 10), "", lane_);
    if (answer.status == 429) {
      ++limited;
      EXPECT_FALSE(answer.header("Retry-After").empty());
    }
  }
  EXPECT_EQ(limited, 1);
  EXPECT_EQ(call("GET", "/api/v1/members/lookup?card=10000000", "", other).status, 404);  // its own bucket
}

// Registering and reading points history answer whether a number or an id is a member's, so they draw
// on the lookup bucket too: a lane cannot enumerate through them instead.
TEST_P(MembersTest, RegistrationsAndPointsHistoryShareTheLookupLimit) {
  for (int i = 0; i < 20; ++i) {
    ASSERT_EQ(call("GET", "/api/v1/members/lookup?card=1000000" + std::to_string(i % 10), "", lane_).status, 404);
  }
  for (int i = 0; i < 5; ++i) {
    ASSERT_EQ(call("POST", "/api/v1/members", R"({"card":"8800123)" + std::to_string(i) + R"("})", lane_).status, 201);
  }
  for (int i = 0; i < 5; ++i) {
    ASSERT_NE(call("GET", "/api/v1/members/" + std::to_string(1000 + i) + "/points", "", lane_).status, 429);
  }
  const auto registering = call("POST", "/api/v1/members", R"({"card":"77001234"})", lane_);
  EXPECT_EQ(registering.status, 429);
  EXPECT_FALSE(registering.header("Retry-After").empty());
  EXPECT_EQ(call("GET", "/api/v1/members/1/points", "", lane_).status, 429);
}

POS_DATABASE_TEST_SUITE(MembersTest);

}  // namespace
