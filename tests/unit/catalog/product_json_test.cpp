// The one reader of the API's product JSON, used by pos-server for a publish and by the lane for a change.
#include "poscore/catalog/product_json.hpp"

#include <gtest/gtest.h>

#include <Poco/JSON/Parser.h>

namespace {
using poscore::catalog::ProductJsonRefusal;

Poco::JSON::Object::Ptr object(const std::string& extra) {
  return Poco::JSON::Parser()
      .parse(R"({"sku":"P1","name_en":"Pencil","price":350,"tax_class":"A","unit":"each")" + extra + "}")
      .extract<Poco::JSON::Object::Ptr>();
}

TEST(ProductJson, NameZhIsRequiredAsTheCatalogFileRequiresIt) {
  ProductJsonRefusal refusal;
  const auto read = poscore::catalog::productFromApiJson(*object(""), "upserts[0]", &refusal);
  ASSERT_FALSE(read);
  EXPECT_EQ(refusal.kind, ProductJsonRefusal::Kind::Missing);
  EXPECT_EQ(refusal.field, "upserts[0].name_zh");
}

TEST(ProductJson, BarcodesOfAnyGs1LengthBecomeGtin14Keys) {
  const auto read = poscore::catalog::productFromApiJson(*object(R"(,"name_zh":"铅笔","barcodes":["4006381333931","96385074"])"), "p");
  ASSERT_TRUE(read) << read.error();
  EXPECT_EQ(read.value().barcodes, (std::vector<std::string>{"04006381333931", "00000096385074"}));
}

TEST(ProductJson, RefusalsNameTheFieldAndTheirKind) {
  struct Case {
    std::string extra;
    ProductJsonRefusal::Kind kind;
    std::string field;
  };
  const std::vector<Case> cases{
      {R"(,"name_zh":"铅笔","colour":"red")", ProductJsonRefusal::Kind::Unknown, "p.colour"},
      {R"(,"name_zh":"铅笔","barcodes":["4006381333932"])", ProductJsonRefusal::Kind::Invalid, "p.barcodes[0]"},
      {R"(,"name_zh":"铅笔","barcodes":["4006381333931","04006381333931"])", ProductJsonRefusal::Kind::Invalid, "p.barcodes[1]"},
      {R"(,"name_zh":"铅笔","tare_g":-5)", ProductJsonRefusal::Kind::Invalid, "p.tare_g"},
      {R"(,"name_zh":"\u0001")", ProductJsonRefusal::Kind::Invalid, "p.name_zh"},
  };
  for (const auto& c : cases) {
    ProductJsonRefusal refusal;
    const auto read = poscore::catalog::productFromApiJson(*object(c.extra), "p", &refusal);
    ASSERT_FALSE(read) << c.extra;
    EXPECT_EQ(refusal.kind, c.kind) << c.extra;
    EXPECT_EQ(refusal.field, c.field) << c.extra;
    EXPECT_NE(read.error().find(c.field), std::string::npos) << read.error();
  }
  ProductJsonRefusal refusal;
  auto taxed = object(R"(,"name_zh":"铅笔")");
  taxed->set("tax_class", "vat 13");
  ASSERT_FALSE(poscore::catalog::productFromApiJson(*taxed, "p", &refusal));
  EXPECT_EQ(refusal.field, "p.tax_class");
}

}  // namespace
