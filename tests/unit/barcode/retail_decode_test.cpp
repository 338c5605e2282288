// EAN-13, EAN-8, UPC-A, UPC-E and GTIN-14 as a scanner sends them, and every refusal.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "barcode_test_support.hpp"

namespace {

using namespace poscore::barcode;
using ::testing::AllOf;
using ::testing::HasSubstr;

Decoded decodeOk(std::string_view code, const DecodeSettings& settings = bartest::settingsIn2026()) {
  auto result = decode(code, settings);
  EXPECT_TRUE(result.isOk()) << code << ": " << result.error();
  return result.isOk() ? result.value() : Decoded{};
}

std::string refusal(std::string_view code, const DecodeSettings& settings = bartest::settingsIn2026()) {
  auto result = decode(code, settings);
  EXPECT_FALSE(result.isOk()) << code << " was accepted";
  return result.error();
}

TEST(RetailDecode, Ean13) {
  const auto decoded = decodeOk("4006381333931");
  EXPECT_EQ(decoded.symbology, Symbology::Ean13);
  EXPECT_EQ(decoded.gtin, "04006381333931");
  EXPECT_EQ(decoded.lookupKey, "04006381333931");
  EXPECT_FALSE(decoded.variableMeasure);
  EXPECT_FALSE(decoded.price);
  EXPECT_EQ(decodeOk("9780306406157").lookupKey, "09780306406157");
}

TEST(RetailDecode, Ean8) {
  const auto decoded = decodeOk("96385074");
  EXPECT_EQ(decoded.symbology, Symbology::Ean8);
  EXPECT_EQ(decoded.lookupKey, "00000096385074");
}

TEST(RetailDecode, UpcAAndItsEan13FormShareTheLookupKey) {
  const auto upc = decodeOk("036000291452");
  EXPECT_EQ(upc.symbology, Symbology::UpcA);
  EXPECT_EQ(upc.lookupKey, "00036000291452");
  EXPECT_EQ(decodeOk("0036000291452").lookupKey, upc.lookupKey);
}

TEST(RetailDecode, UpcEIsLookedUpAsItsUpcA) {
  const auto decoded = decodeOk("04252614");
  EXPECT_EQ(decoded.symbology, Symbology::UpcE);
  EXPECT_EQ(decoded.code, "04252614");
  EXPECT_EQ(decoded.gtin, "00042100005264");
  EXPECT_EQ(decoded.lookupKey, decodeOk("042100005264").lookupKey);
}

// 04252610 would be a valid EAN-8; as UPC-E its check digit belongs to 042100005264, which is 4.
TEST(RetailDecode, UpcECheckDigitIsThatOfTheExpansion) {
  EXPECT_THAT(refusal("04252610"), AllOf(HasSubstr("UPC-E 04252610"), HasSubstr("check digit 0"),
                                         HasSubstr("give 4"), HasSubstr("rescan"), HasSubstr("key the code")));
}

TEST(RetailDecode, Gtin14) {
  const auto decoded = decodeOk("10012345678902");
  EXPECT_EQ(decoded.symbology, Symbology::Gtin14);
  EXPECT_EQ(decoded.lookupKey, "10012345678902");
}

TEST(RetailDecode, WrongCheckDigitNamesCodeExpectedFoundAndWhatToDo) {
  const auto message = refusal("4006381333932");
  EXPECT_THAT(message, AllOf(HasSubstr("EAN-13 4006381333932"), HasSubstr("check digit 2"), HasSubstr("give 1"),
                             HasSubstr("rescan the item"), HasSubstr("key the code")));
  EXPECT_THAT(refusal("96385075"), AllOf(HasSubstr("EAN-8 96385075"), HasSubstr("give 4")));
  EXPECT_THAT(refusal("036000291453"), AllOf(HasSubstr("UPC-A 036000291453"), HasSubstr("give 2")));
  EXPECT_THAT(refusal("10012345678903"), AllOf(HasSubstr("GTIN-14 10012345678903"), HasSubstr("give 2")));
}

TEST(RetailDecode, WrongLengthOrCharactersRefused) {
  EXPECT_THAT(refusal("12345"), AllOf(HasSubstr("5 digits"), HasSubstr("8, 12, 13 or 14")));
  EXPECT_THAT(refusal("400638133393"), HasSubstr("check digit"));  // 12 digits: read as UPC-A, then checked
  EXPECT_THAT(refusal("40063813339A1"), HasSubstr("digits only"));
  EXPECT_THAT(refusal(""), HasSubstr("nothing was scanned"));
}

// 12345670 is a valid EAN-8 and a valid UPC-E (number system 1) at once.
TEST(RetailDecode, EightDigitsStartingWithZeroOrOneFollowTheSetting) {
  auto settings = bartest::settingsIn2026();
  EXPECT_EQ(decodeOk("12345670", settings).lookupKey, "00123456000070");
  settings.eightDigitZeroOneIsUpcE = false;
  const auto ean8 = decodeOk("12345670", settings);
  EXPECT_EQ(ean8.symbology, Symbology::Ean8);
  EXPECT_EQ(ean8.lookupKey, "00000012345670");
}

TEST(RetailDecode, AimIdentifiersSettleEan8AgainstUpcE) {
  const auto ean8 = decodeOk("]E412345670");
  EXPECT_EQ(ean8.symbology, Symbology::Ean8);
  EXPECT_EQ(ean8.code, "12345670");
  EXPECT_EQ(decodeOk("]E012345670").symbology, Symbology::UpcE);
  EXPECT_EQ(decodeOk("]E04006381333931").symbology, Symbology::Ean13);
  EXPECT_THAT(refusal("]E096385074"), HasSubstr("UPC-E 8 starting with 0 or 1"));
  EXPECT_THAT(refusal("]E44006381333931"), HasSubstr("an EAN-8 has 8"));
  EXPECT_THAT(refusal("]X04006381333931"), AllOf(HasSubstr("]X0"), HasSubstr("]C1")));
}

}  // namespace
