// GS1 restricted-circulation codes with an embedded price or weight (prefixes 02, 20-29).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "barcode_test_support.hpp"

namespace {

using namespace poscore::barcode;
using poscore::Money;
using ::testing::AllOf;
using ::testing::HasSubstr;

Decoded decodeOk(std::string_view code, const DecodeSettings& settings = bartest::settingsIn2026()) {
  auto result = decode(code, settings);
  EXPECT_TRUE(result.isOk()) << code << ": " << result.error();
  return result.isOk() ? result.value() : Decoded{};
}

// Default prefix 20: item 12345, price 012.34; check digit 9 by hand.
TEST(VariableMeasure, DefaultPriceLayout) {
  const auto decoded = decodeOk("2012345012349");
  ASSERT_TRUE(decoded.variableMeasure);
  EXPECT_EQ(decoded.variableMeasure->prefix, "20");
  EXPECT_EQ(decoded.variableMeasure->itemReference, "12345");
  EXPECT_EQ(decoded.price, Money::minor(1234));
  EXPECT_FALSE(decoded.weightGrams);
  EXPECT_EQ(decoded.gtin, "02012345012349");
}

// The catalog key: price digits zeroed, check digit computed again (201234500000 -> 1).
TEST(VariableMeasure, LookupKeyZeroesTheValue) {
  EXPECT_EQ(decodeOk("2012345012349").lookupKey, "02012345000001");
  // Another label of the same item, another price: same key.
  EXPECT_EQ(decodeOk("2012345099999").lookupKey, "02012345000001");
}

// Default prefix 28: item 1234, verifier 1 (five-digit verifier of 01234), price 012.34.
TEST(VariableMeasure, FiveDigitVerifier) {
  const auto decoded = decodeOk("2812341012349");
  EXPECT_EQ(decoded.price, Money::minor(1234));
  EXPECT_EQ(decoded.variableMeasure->itemReference, "1234");
  EXPECT_EQ(decoded.variableMeasure->verifier, '1');
  EXPECT_EQ(decoded.lookupKey, "02812340000002");
}

// The same code with verifier 2 and the check digit made right again (2812342012348): only the
// verifier catches the misread.
TEST(VariableMeasure, WrongVerifierRefused) {
  auto result = decode("2812342012348", bartest::settingsIn2026());
  ASSERT_FALSE(result.isOk());
  EXPECT_THAT(result.error(), AllOf(HasSubstr("2812342012348"), HasSubstr("verifier digit (position 7) is 2"),
                                    HasSubstr("01234 gives 1"), HasSubstr("rescan")));
}

// Default prefix 29: item 54321, weight 01.250 kg.
TEST(VariableMeasure, WeightInGrams) {
  const auto decoded = decodeOk("2954321012502");
  EXPECT_EQ(decoded.weightGrams, 1250);
  EXPECT_FALSE(decoded.price);
  EXPECT_EQ(decoded.lookupKey, "02954321000004");
}

// UPC-A number system 2 is EAN-13 prefix 02: item 12345, four-digit verifier 1 of price 05.99.
TEST(VariableMeasure, UpcANumberSystemTwoWithFourDigitVerifier) {
  const auto decoded = decodeOk("212345105993");
  EXPECT_EQ(decoded.symbology, Symbology::UpcA);
  EXPECT_EQ(decoded.price, Money::minor(599));
  EXPECT_EQ(decoded.variableMeasure->prefix, "02");
  EXPECT_EQ(decoded.lookupKey, "00212345000007");
  // Verifier 2 instead of 1, check digit recomputed: refused.
  EXPECT_FALSE(decode("212345205990", bartest::settingsIn2026()).isOk());
}

TEST(VariableMeasure, WrongCheckDigitRefusedBeforeAnyValueIsRead) {
  auto result = decode("2012345012340", bartest::settingsIn2026());
  ASSERT_FALSE(result.isOk());
  EXPECT_THAT(result.error(), AllOf(HasSubstr("2012345012340"), HasSubstr("give 9")));
}

TEST(VariableMeasure, OtherLayoutsAndDecimals) {
  auto settings = bartest::settingsIn2026();
  // Prefix 21 as weight with 2 decimals (units of 10 g), and prefix 22 as price in jiao (1 decimal).
  settings.variableMeasure = {{"21", 5, MeasureKind::Weight, 5, 2, false}, {"22", 5, MeasureKind::Price, 5, 1, false}};
  EXPECT_EQ(decodeOk("2112345001258", settings).weightGrams, 1250);  // 001.25 kg
  EXPECT_EQ(decodeOk("2212345001231", settings).price, Money::minor(1230));  // 0012.3
  // A prefix without a layout is an ordinary in-store code.
  const auto plain = decodeOk("2012345012349", settings);
  EXPECT_FALSE(plain.variableMeasure);
  EXPECT_EQ(plain.lookupKey, "02012345012349");
}

TEST(VariableMeasure, ValueWithMoreDecimalsThanTheCurrencyIsRoundedHalfAwayFromZero) {
  auto settings = bartest::settingsIn2026();
  settings.variableMeasure = {{"23", 5, MeasureKind::Price, 5, 3, false}, {"24", 5, MeasureKind::Weight, 5, 4, false}};
  EXPECT_EQ(decodeOk("2312345123459", settings).price, Money::minor(1235));  // 12.345
  EXPECT_EQ(decodeOk("2412345123456", settings).weightGrams, 1235);          // 1.2345 kg
}

TEST(VariableMeasure, NoneLayoutKeepsTheWholeCode) {
  auto settings = bartest::settingsIn2026();
  settings.variableMeasure = {{"20", 10, MeasureKind::None, 0, 0, false}};
  const auto decoded = decodeOk("2012345012349", settings);
  EXPECT_EQ(decoded.lookupKey, "02012345012349");
  EXPECT_EQ(decoded.variableMeasure->itemReference, "1234501234");
  EXPECT_FALSE(decoded.price);
}

TEST(VariableMeasure, OnlyEan13AndUpcACarryIt) {
  // A GTIN-14 whose last 13 digits look like a prefix-20 code is a plain GTIN-14.
  const auto decoded = decodeOk("12012345012346");
  EXPECT_FALSE(decoded.variableMeasure);
  EXPECT_EQ(decoded.lookupKey, "12012345012346");
}

}  // namespace
