// Bad input over the wire: every refusal is the documented 4xx with a JSON error body naming the
// field, and nothing was written.
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include "core_tables.hpp"
#include "rest_fixture.hpp"

namespace {
using postest::Answer;
using postest::RestClient;

// Small, so a refused body arrives whole in the server's first read: a server that answers 413 and
// closes with unread bytes makes the kernel reset the connection, which can eat the answer.
constexpr std::size_t kMaxBody = 1000;

struct BadRequest {
  std::string what;
  std::string method;
  std::string target;
  std::string body;
  std::string token;  // "lane", "revoked", "none" or a literal token
  std::map<std::string, std::string> headers;
  int status;
  std::string code;
  std::string field;
};

class BadInputTest : public postest::RestTest {
 protected:
  void SetUp() override {
    RestTest::SetUp();
    if (IsSkipped()) return;
    posserver::StoreServerSetup setup;
    setup.service.maxBodyBytes = kMaxBody;
    startServer(std::move(setup));
    lane_ = enrol(port(), "lane", "L01");
    const auto admin = enrol(port(), "admin");
    revoked_ = enrol(port(), "lane", "L02");
    RestClient lane(port(), lane_);
    member_ = std::to_string(addMember(lane, "88000001"));
    ASSERT_EQ(lane.post("/api/v1/members/" + member_ + "/points", R"({"kind":"earn","points":100})",
                        {{"Idempotency-Key", "seed"}})
                  .status,
              201);
    RestClient adminClient(port(), admin);
    const auto revokedId = revoked_.substr(0, revoked_.find('.'));
    ASSERT_EQ(adminClient.post("/api/v1/devices/" + revokedId + "/revoke", "{}").status, 200);
  }

  Answer send(const BadRequest& bad) {
    std::string token = bad.token;
    if (token == "lane") token = lane_;
    if (token == "revoked") token = revoked_;
    if (token == "none") token.clear();
    RestClient client(port(), token);
    return client.call(bad.method, bad.target, bad.body, bad.headers);
  }

  std::string lane_, revoked_, member_;
};

TEST_P(BadInputTest, EachRefusalIsTheDocumentedErrorAndWritesNothing) {
  const auto points = "/api/v1/members/" + member_ + "/points";
  const std::map<std::string, std::string> key{{"Idempotency-Key", "k-1"}};
  const std::vector<BadRequest> cases{
      {"malformed JSON", "POST", points, R"({"kind":"earn","points":)", "lane", key, 400, "malformed_json", ""},
      {"not an object", "POST", points, "[1,2]", "lane", key, 400, "malformed_json", ""},
      {"a string for a number", "POST", points, R"({"kind":"earn","points":"ten"})", "lane", key, 422, "invalid_field",
       "points"},
      {"a fraction", "POST", points, R"({"kind":"earn","points":10.5})", "lane", key, 422, "invalid_field", "points"},
      {"an unknown kind", "POST", points, R"({"kind":"gift","points":10})", "lane", key, 422, "invalid_field", "kind"},
      {"a missing field", "POST", points, R"({"kind":"earn"})", "lane", key, 422, "missing_field", "points"},
      {"an unknown field", "POST", points, R"({"kind":"earn","points":5,"bonus":1})", "lane", key, 422, "unknown_field",
       "bonus"},
      {"a redemption over the balance", "POST", points, R"({"kind":"redeem","points":101})", "lane", key, 409,
       "insufficient_points", "points"},
      {"no Idempotency-Key", "POST", points, R"({"kind":"earn","points":5})", "lane", {}, 400, "missing_header",
       "Idempotency-Key"},
      {"a bad Idempotency-Key", "POST", points, R"({"kind":"earn","points":5})", "lane", {{"Idempotency-Key", "a b"}},
       400, "invalid_header", "Idempotency-Key"},
      {"a lane publishing the catalog", "POST", "/api/v1/catalog/changes", R"({"upserts":[],"deletes":[7]})", "lane", {}, 403,
       "forbidden", ""},
      {"a body that is not JSON", "POST", "/api/v1/members", "card=1", "lane", {{"Content-Type", "text/plain"}}, 415,
       "unsupported_media_type", "Content-Type"},
      {"an unknown route", "GET", "/api/v1/nothing-here", "", "lane", {}, 404, "not_found", ""},
      {"a wrong method", "DELETE", "/api/v1/members", "", "lane", {}, 405, "method_not_allowed", ""},
      {"no credential", "POST", points, R"({"kind":"earn","points":5})", "none", key, 401, "unauthenticated",
       "Authorization"},
      {"a wrong token", "POST", points, R"({"kind":"earn","points":5})", "D-1.not-the-secret", key, 401,
       "unauthenticated", "Authorization"},
      {"a revoked device", "POST", points, R"({"kind":"earn","points":5})", "revoked", key, 401, "device_revoked",
       "Authorization"},
      {"Content-Length over --max-body", "POST", "/api/v1/members",
       R"({"card":"1","name":")" + std::string(kMaxBody, 'x') + R"("})", "lane", {}, 413, "body_too_large", ""},
  };
  const auto before = postest::coreTableCounts(database());
  for (const auto& bad : cases) {
    const auto answer = send(bad);
    EXPECT_EQ(answer.status, bad.status) << bad.what << ": " << answer.body;
    EXPECT_EQ(answer.errorCode(), bad.code) << bad.what << ": " << answer.body;
    EXPECT_EQ(answer.errorField(), bad.field) << bad.what << ": " << answer.body;
    EXPECT_EQ(answer.header("Content-Type").rfind("application/json", 0), 0u) << bad.what;
    EXPECT_EQ(postest::coreTableCounts(database()), before) << bad.what << " wrote something";
  }
}

TEST_P(BadInputTest, MalformedJsonNamesLineAndColumn) {
  RestClient lane(port(), lane_);
  const auto answer = lane.post("/api/v1/members", "{\n  \"card\": \"1\",\n  oops\n}");
  EXPECT_EQ(answer.status, 400);
  EXPECT_NE(answer.json()->getObject("error")->getValue<std::string>("message").find("line 3"), std::string::npos)
      << answer.body;
}

TEST_P(BadInputTest, WrongMethodListsTheAllowedOnes) {
  RestClient lane(port(), lane_);
  const auto answer = lane.call("DELETE", "/api/v1/members");
  EXPECT_EQ(answer.status, 405);
  EXPECT_EQ(answer.header("Allow"), "POST");
}

TEST_P(BadInputTest, ChunkedBodyOverMaxBodyIs413AndWritesNothing) {
  const auto before = postest::coreTableCounts(database());
  Poco::Net::HTTPClientSession session("127.0.0.1", port());
  Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, "/api/v1/members", Poco::Net::HTTPMessage::HTTP_1_1);
  request.setChunkedTransferEncoding(true);
  request.setContentType("application/json");
  request.set("Authorization", "Bearer " + lane_);
  session.sendRequest(request) << R"({"card":"2","name":")" << std::string(kMaxBody, 'x') << R"("})";
  Poco::Net::HTTPResponse response;
  Answer answer;
  Poco::StreamCopier::copyToString(session.receiveResponse(response), answer.body);
  EXPECT_EQ(response.getStatus(), 413);
  answer.status = static_cast<int>(response.getStatus());
  EXPECT_EQ(answer.errorCode(), "body_too_large") << answer.body;
  EXPECT_EQ(postest::coreTableCounts(database()), before);
}

POS_DATABASE_TEST_SUITE(BadInputTest);

}  // namespace
