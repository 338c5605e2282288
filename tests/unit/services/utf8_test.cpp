// The one UTF-8 check of lane and server (catalog and staff names, plugin names, the server's JSON).
#include "poscore/util/utf8.hpp"

#include <gtest/gtest.h>

#include "poscore/catalog/product_rules.hpp"
#include "poscore/staff/staff_rules.hpp"

namespace {

TEST(Utf8, FindsTheFirstByteThatIsNotWellFormed) {
  EXPECT_FALSE(poscore::firstInvalidUtf8("铅笔 pencil"));
  EXPECT_EQ(poscore::firstInvalidUtf8("ab\xC0\xAF"), 2u);        // overlong '/'
  EXPECT_EQ(poscore::firstInvalidUtf8("a\xED\xA0\x80"), 1u);     // a surrogate
  EXPECT_EQ(poscore::firstInvalidUtf8("a\xF4\x90\x80\x80"), 1u);  // above U+10FFFF
  EXPECT_EQ(poscore::firstInvalidUtf8("ab\xE9\x93"), 2u);        // cut short
}

TEST(Utf8, CountsCodePointsAndCutsOnThem) {
  EXPECT_EQ(poscore::utf8CodePoints("铅笔ab"), 4u);
  EXPECT_FALSE(poscore::utf8CodePoints("a\xFF"));
  EXPECT_EQ(poscore::utf8Prefix("铅笔ab", 1), "铅");
  EXPECT_EQ(poscore::utf8Sanitized("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
}

// The rules of the lane use the same check: a surrogate is refused in a product and a staff name.
TEST(Utf8, ProductAndStaffNamesUseIt) {
  poscore::catalog::Product product;
  product.sku = "P1";
  product.nameEn = "Pencil";
  product.nameZh = "\xED\xA0\x80";
  product.taxClass = "A";
  const auto issues = poscore::catalog::checkProduct(product);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].column, "name_zh");
  EXPECT_FALSE(poscore::staff::checkName("Li \xED\xA0\x80").empty());
}

}  // namespace
