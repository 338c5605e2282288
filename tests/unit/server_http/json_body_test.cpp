#include <gtest/gtest.h>

#include "posserver/http/api.hpp"
#include "posserver/http/json_body.hpp"

using posserver::http::ApiError;
using posserver::http::JsonBody;

namespace {

// The ApiError `work` throws; fails the test when it throws none.
template <typename Work>
ApiError errorOf(Work work) {
  try {
    work();
  } catch (const ApiError& e) {
    return e;
  }
  ADD_FAILURE() << "no ApiError";
  return ApiError(0, "", "", "");
}

}  // namespace

TEST(JsonBody, ParseRefusesWhatIsNotOneObject) {
  for (const char* text : {"", "[1]", "42", "\"x\"", "{\"a\":1", "{\"a\":1} x"}) {
    const auto e = errorOf([&] { JsonBody::parse(text); });
    EXPECT_EQ(e.status(), 400) << text;
    EXPECT_EQ(e.code(), "malformed_json") << text;
  }
}

TEST(JsonBody, ParseErrorsSayWhere) {
  const auto e = errorOf([] { JsonBody::parse("{\n  \"a\": 1,\n  \"b\": ]\n}"); });
  EXPECT_NE(std::string(e.what()).find("line 3, column 8"), std::string::npos) << e.what();
}

TEST(JsonBody, InvalidUtf8IsRefusedWithItsPlace) {
  const auto e = errorOf([] { JsonBody::parse("{\"name\":\"ab\xC0\xAF\"}"); });
  EXPECT_EQ(e.code(), "malformed_json");
  EXPECT_NE(std::string(e.what()).find("column 12"), std::string::npos) << e.what();
  // A surrogate written as raw bytes (CESU) is not UTF-8 either.
  EXPECT_EQ(errorOf([] { JsonBody::parse("{\"n\":\"\xED\xA0\x80\"}"); }).code(), "malformed_json");
}

TEST(JsonBody, IntegersOnly) {
  const auto body = JsonBody::parse(R"({"a":10,"b":10.5,"c":1e3,"d":"10","e":true,"f":10.0,"g":-5})");
  EXPECT_EQ(body.requireInt("a", 0, 100), 10);
  EXPECT_EQ(body.requireInt("g", -10, 0), -5);
  for (const char* field : {"b", "c", "d", "e", "f"}) {
    const auto e = errorOf([&] { (void)body.requireInt(field, 0, 10000); });
    EXPECT_EQ(e.status(), 422);
    EXPECT_EQ(e.code(), "invalid_field") << field;
    EXPECT_EQ(e.field(), field);
  }
  EXPECT_EQ(std::string(errorOf([&] { (void)body.requireInt("d", 1, 100); }).what()),
            "d must be a whole number from 1 to 100; got \"10\"");
}

TEST(JsonBody, IntegerRangeAndHugeNumbers) {
  const auto body = JsonBody::parse(R"({"a":101,"big":18446744073709551615,"neg":-9223372036854775808})");
  EXPECT_EQ(errorOf([&] { (void)body.requireInt("a", 1, 100); }).code(), "invalid_field");
  EXPECT_EQ(errorOf([&] { (void)body.requireInt("big", 0, INT64_MAX); }).code(), "invalid_field");
  EXPECT_EQ(body.requireInt("neg", INT64_MIN, 0), INT64_MIN);
}

TEST(JsonBody, MissingAndNullAreMissing) {
  const auto body = JsonBody::parse(R"({"n":null})");
  for (const char* field : {"n", "absent"}) {
    const auto e = errorOf([&] { (void)body.requireString(field, 10); });
    EXPECT_EQ(e.code(), "missing_field");
    EXPECT_EQ(e.field(), field);
    EXPECT_FALSE(body.has(field));
    EXPECT_FALSE(body.optionalInt(field, 0, 1));
    EXPECT_FALSE(body.optionalString(field, 1));
  }
  EXPECT_EQ(errorOf([&] { (void)body.requireInt("absent", 0, 1); }).code(), "missing_field");
  EXPECT_EQ(errorOf([&] { (void)body.requireObject("n"); }).code(), "missing_field");
}

TEST(JsonBody, StringLengthsCountCodePoints) {
  const auto body = JsonBody::parse(R"({"zh":"会员卡","empty":"","n":5})");
  EXPECT_EQ(body.requireString("zh", 3), "会员卡");
  EXPECT_EQ(errorOf([&] { (void)body.requireString("zh", 2); }).code(), "invalid_field");
  EXPECT_EQ(errorOf([&] { (void)body.requireString("empty", 2); }).code(), "invalid_field");
  EXPECT_EQ(errorOf([&] { (void)body.optionalString("n", 2); }).code(), "invalid_field");
}

TEST(JsonBody, EscapedLoneSurrogateIsNotText) {
  EXPECT_EQ(errorOf([] { JsonBody::parse(R"({"s":"\ud800"})"); }).code(), "malformed_json");
}

TEST(JsonBody, DeepNestingIsRefusedNotRecursedInto) {
  const std::string deep = "{\"a\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
  EXPECT_EQ(errorOf([&] { JsonBody::parse(deep); }).code(), "malformed_json");
  EXPECT_NO_THROW(JsonBody::parse(R"({"a":[[[1]]]})"));
}

TEST(JsonBody, Bools) {
  const auto body = JsonBody::parse(R"({"t":true,"one":1})");
  EXPECT_TRUE(body.optionalBool("t", false));
  EXPECT_TRUE(body.optionalBool("absent", true));
  EXPECT_EQ(errorOf([&] { (void)body.optionalBool("one", false); }).code(), "invalid_field");
}

TEST(JsonBody, NestedNamesCarryTheirPath) {
  const auto body = JsonBody::parse(
      R"({"upserts":[{"price":1},{"price":2},{"price":3},{"price":"x"}],"sale":{"lines":[{"qty":1.5}]}})");
  const auto items = body.optionalObjects("upserts", 10);
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[1].requireInt("price", 0, 10), 2);
  const auto e = errorOf([&] { (void)items[3].requireInt("price", 0, 10); });
  EXPECT_EQ(e.field(), "upserts[3].price");
  EXPECT_EQ(std::string(e.what()).rfind("upserts[3].price must be", 0), 0u) << e.what();
  const auto lines = body.requireObject("sale").optionalObjects("lines", 5);
  EXPECT_EQ(errorOf([&] { (void)lines[0].requireInt("qty", 0, 9); }).field(), "sale.lines[0].qty");
}

TEST(JsonBody, ArraysHaveTypesAndLimits) {
  const auto body = JsonBody::parse(R"({"skus":["a","b"],"mixed":["a",1],"objs":[{},2],"many":[{},{},{}]})");
  EXPECT_EQ(body.optionalStrings("skus", 2, 5), (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(body.optionalStrings("absent", 2, 5).empty());
  EXPECT_EQ(errorOf([&] { (void)body.optionalStrings("skus", 1, 5); }).field(), "skus");
  EXPECT_EQ(errorOf([&] { (void)body.optionalStrings("mixed", 5, 5); }).field(), "mixed[1]");
  EXPECT_EQ(errorOf([&] { (void)body.optionalObjects("objs", 5); }).field(), "objs[1]");
  EXPECT_EQ(errorOf([&] { (void)body.optionalObjects("many", 2); }).code(), "invalid_field");
  EXPECT_EQ(errorOf([&] { (void)body.optionalObjects("skus", 5); }).field(), "skus[0]");
  EXPECT_EQ(errorOf([&] { (void)body.requireObject("skus"); }).code(), "invalid_field");
}

TEST(JsonBody, AllowOnlyNamesTheUnknownField) {
  const auto body = JsonBody::parse(R"({"a":1,"sale":{"b":2,"x":3}})");
  body.allowOnly({"a", "sale"});
  const auto e = errorOf([&] { body.requireObject("sale").allowOnly({"b"}); });
  EXPECT_EQ(e.code(), "unknown_field");
  EXPECT_EQ(e.field(), "sale.x");
}

TEST(ApiError, BodyHasStatusCodeFieldAndMessage) {
  const auto response = ApiError(422, "invalid_field", "points", "points \"must\" be whole").toResponse();
  EXPECT_EQ(response.status, 422);
  EXPECT_EQ(response.body,
            R"({"error":{"status":422,"code":"invalid_field","field":"points","message":"points \"must\" be whole"}})");
}

TEST(ApiError, BodyStaysValidUtf8WhenTheMessageEchoesBadBytes) {
  const auto response = ApiError(404, "not_found", "a\xFF", "there is no route /a\xC0\xAF").toResponse();
  EXPECT_EQ(response.body, "{\"error\":{\"status\":404,\"code\":\"not_found\",\"field\":\"a\xEF\xBF\xBD\","
                           "\"message\":\"there is no route /a\xEF\xBF\xBD\xEF\xBF\xBD\"}}");
}
