// GS1 mod-10 check digits, GS1 price-verifier digits and UPC-E expansion, against published codes.
#include <gtest/gtest.h>

#include "poscore/barcode/gtin.hpp"
#include "poscore/barcode/price_verifier.hpp"
#include "poscore/barcode/upce.hpp"

namespace {

using namespace poscore::barcode;

TEST(CheckDigits, PublishedCodesAreValid) {
  EXPECT_TRUE(hasValidCheckDigit("4006381333931"));   // EAN-13, the usual textbook example
  EXPECT_TRUE(hasValidCheckDigit("9780306406157"));   // ISBN-13
  EXPECT_TRUE(hasValidCheckDigit("036000291452"));    // UPC-A
  EXPECT_TRUE(hasValidCheckDigit("96385074"));        // EAN-8
  EXPECT_TRUE(hasValidCheckDigit("09501101530003"));  // GS1's own example GTIN-14
  EXPECT_FALSE(hasValidCheckDigit("4006381333932"));
}

// GS1 General Specifications, four-digit price field: 2875 with factors 2- 2- 3 5- gives
// 4 + 5 + 1 + 3 = 13, times 3 is 39, verifier 9.
TEST(PriceVerifier, FourDigitGs1Example) { EXPECT_EQ(priceVerifierDigit("2875"), '9'); }

// Five-digit price field: 14685 with factors 5+ 2- 5- 5+ 2- gives 5 + 8 + 7 + 4 + 9 = 33;
// 40 - 33 = 7, and 6 is the digit whose 5- product is 7.
TEST(PriceVerifier, FiveDigitGs1Example) { EXPECT_EQ(priceVerifierDigit("14685"), '6'); }

// Worked by hand from GS1's tables of weighted products.
TEST(PriceVerifier, MoreValuesFromTheTables) {
  EXPECT_EQ(priceVerifierDigit("0000"), '0');
  EXPECT_EQ(priceVerifierDigit("1234"), '9');   // 2 + 4 + 9 + 8 = 23, 69
  EXPECT_EQ(priceVerifierDigit("0599"), '1');   // 0 + 9 + 7 + 1 = 17, 51
  EXPECT_EQ(priceVerifierDigit("9999"), '6');   // 7 + 7 + 7 + 1 = 22, 66
  EXPECT_EQ(priceVerifierDigit("01234"), '1');  // 0 + 2 + 9 + 6 + 8 = 25, 5 = 5-(1)
  EXPECT_EQ(priceVerifierDigit("12345"), '8');  // 5 + 4 + 4 + 2 + 9 = 24, 6 = 5-(8)
  EXPECT_EQ(priceVerifierDigit("99999"), '6');  // 9 + 7 + 1 + 9 + 7 = 33, 7 = 5-(6)
}

TEST(PriceVerifier, OnlyFourOrFiveDigits) {
  EXPECT_FALSE(priceVerifierDigit("123"));
  EXPECT_FALSE(priceVerifierDigit("123456"));
  EXPECT_FALSE(priceVerifierDigit("12a4"));
}

TEST(UpcE, PublishedExampleExpands) { EXPECT_EQ(expandUpcE("04252614"), "042100005264"); }

// One code per rule of the last data digit (worked from the GS1 table, check digits by hand).
TEST(UpcE, EveryLastDigitRule) {
  EXPECT_EQ(expandUpcE("01234505"), "012000003455");  // 0: manufacturer 12000, product 00345
  EXPECT_EQ(expandUpcE("01234514"), "012100003454");  // 1
  EXPECT_EQ(expandUpcE("01234523"), "012200003453");  // 2
  EXPECT_EQ(expandUpcE("01234531"), "012300000451");  // 3: manufacturer 12300, product 00045
  EXPECT_EQ(expandUpcE("01234543"), "012340000053");  // 4: manufacturer 12340, product 00005
  EXPECT_EQ(expandUpcE("01234558"), "012345000058");  // 5-9: product 0000X
  EXPECT_EQ(expandUpcE("01234596"), "012345000096");
  EXPECT_EQ(expandUpcE("12345670"), "123456000070");  // number system 1
}

TEST(UpcE, OnlyNumberSystemsZeroAndOneAndEightDigits) {
  EXPECT_FALSE(expandUpcE("21234565"));
  EXPECT_FALSE(expandUpcE("0123456"));
  EXPECT_FALSE(expandUpcE("0123456x"));
}

}  // namespace
