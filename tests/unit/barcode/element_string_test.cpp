// GS1 element strings as a wedge scanner sends them (AIM identifier, GS separators) and as printed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "barcode_test_support.hpp"

namespace {

using namespace poscore::barcode;
using namespace std::chrono;
using bartest::kGs;
using poscore::Money;
using ::testing::AllOf;
using ::testing::HasSubstr;

const std::string kGtin = "0109501101530003";  // AI 01 with GS1's example GTIN (check digit 3)

Decoded decodeOk(const std::string& code, const DecodeSettings& settings = bartest::settingsIn2026()) {
  auto result = decode(code, settings);
  EXPECT_TRUE(result.isOk()) << code << ": " << result.error();
  return result.isOk() ? result.value() : Decoded{};
}

std::string refusal(const std::string& code, const DecodeSettings& settings = bartest::settingsIn2026()) {
  auto result = decode(code, settings);
  EXPECT_FALSE(result.isOk()) << code << " was accepted";
  return result.error();
}

TEST(ElementString, Gs1_128WithEveryUsedAi) {
  const auto decoded = decodeOk("]C1" + kGtin + "15260600" + "17261231" + "3103001250" + "10LOT-7" + kGs + "3922599");
  EXPECT_EQ(decoded.symbology, Symbology::Gs1_128);
  EXPECT_EQ(decoded.gtin, "09501101530003");
  EXPECT_EQ(decoded.lookupKey, "09501101530003");
  EXPECT_EQ(decoded.bestBefore, year{2026} / June / 30);
  EXPECT_EQ(decoded.expiry, year{2026} / December / 31);
  EXPECT_EQ(decoded.weightGrams, 1250);
  EXPECT_EQ(decoded.batch, "LOT-7");
  EXPECT_EQ(decoded.amountPayable, Money::minor(599));
  EXPECT_EQ(decoded.amountCurrency, "156");
  ASSERT_EQ(decoded.elements.size(), 6u);
  EXPECT_EQ(decoded.elements[3].ai, "3103");
  EXPECT_EQ(decoded.elements[3].value, "001250");
  EXPECT_EQ(decoded.elements[3].meaning, "net weight (kg)");
}

TEST(ElementString, EveryGs1Identifier) {
  EXPECT_EQ(decodeOk("]e0" + kGtin).symbology, Symbology::Gs1DataBar);
  EXPECT_EQ(decodeOk("]d2" + kGtin).symbology, Symbology::Gs1DataMatrix);
  EXPECT_EQ(decodeOk("]Q3" + kGtin).symbology, Symbology::Gs1Qr);
  // A leading FNC1 sent as GS is taken as the symbol's start.
  EXPECT_EQ(decodeOk("]C1" + std::string(kGs) + kGtin).lookupKey, "09501101530003");
}

TEST(ElementString, HumanReadableForm) {
  const auto decoded = decodeOk("(01)09501101530003(10)AB12(17)260700(3922)1234");
  EXPECT_EQ(decoded.symbology, Symbology::Gs1HumanReadable);
  EXPECT_EQ(decoded.batch, "AB12");
  EXPECT_EQ(decoded.expiry, year{2026} / July / 31);
  EXPECT_EQ(decoded.amountPayable, Money::minor(1234));
}

// 1 lb = 453.59237 g: 1.50 lb = 680.39 g, 12.345 lb = 5599.598 g, 0.1 lb = 45.36 g, 1 lb = 453.59 g.
TEST(ElementString, PoundsToGramsExactlyRounded) {
  EXPECT_EQ(decodeOk("]C1" + kGtin + "3202000150").weightGrams, 680);
  EXPECT_EQ(decodeOk("]C1" + kGtin + "3203012345").weightGrams, 5600);
  EXPECT_EQ(decodeOk("]C1" + kGtin + "3201000001").weightGrams, 45);
  EXPECT_EQ(decodeOk("]C1" + kGtin + "3200000001").weightGrams, 454);
  // 999999 lb = 453591916.40763 g: only the exact factor gives the last digits.
  EXPECT_EQ(decodeOk("]C1" + kGtin + "3200999999").weightGrams, 453591916);
}

TEST(ElementString, KilogramsWithEveryDecimals) {
  EXPECT_EQ(decodeOk("]C1" + kGtin + "3100000002").weightGrams, 2000);
  EXPECT_EQ(decodeOk("]C1" + kGtin + "3102000125").weightGrams, 1250);
  EXPECT_EQ(decodeOk("]C1" + kGtin + "3104012345").weightGrams, 1235);  // 1234.5 g, half away from zero
}

TEST(ElementString, AmountPayable) {
  EXPECT_EQ(decodeOk("]C1" + kGtin + "392012").amountPayable, Money::minor(1200));
  EXPECT_EQ(decodeOk("]C1" + kGtin + "392312345").amountPayable, Money::minor(1235));
  const auto iso = decodeOk("]C1" + kGtin + "39321561234");
  EXPECT_EQ(iso.amountPayable, Money::minor(1234));
  EXPECT_EQ(iso.amountCurrency, "156");
  EXPECT_THAT(refusal("]C1" + kGtin + "39329781234"),
              AllOf(HasSubstr("character 20"), HasSubstr("AI 3932"), HasSubstr("currency 978")));
  EXPECT_THAT(refusal("]C1" + kGtin + "3932156"), AllOf(HasSubstr("AI 3932"), HasSubstr("no amount")));
  EXPECT_THAT(refusal("]C1" + kGtin + "3922999999999999"), HasSubstr("beyond"));
}

TEST(ElementString, WrongGtinCheckDigitRefused) {
  EXPECT_THAT(refusal("]C10109501101530004"),
              AllOf(HasSubstr("character 4, AI 01"), HasSubstr("GTIN 09501101530004"), HasSubstr("check digit 4"),
                    HasSubstr("give 3"), HasSubstr("rescan")));
}

TEST(ElementString, UnknownAiRefusedWithPosition) {
  EXPECT_THAT(refusal("]C1" + kGtin + "99ABC"),
              AllOf(HasSubstr("character 20"), HasSubstr("AI 99:"), HasSubstr("does not know")));
  EXPECT_THAT(refusal("(01)09501101530003(99)ABC"), AllOf(HasSubstr("character 19"), HasSubstr("AI 99:")));
  EXPECT_THAT(refusal("]C1" + kGtin + "4101234567890128"), AllOf(HasSubstr("AI 4101:"), HasSubstr("does not know")));
  EXPECT_THAT(refusal("]C1" + kGtin + kGs + kGs + "10A"),
              AllOf(HasSubstr("character 21, AI ?"), HasSubstr("must start here")));
  EXPECT_THAT(refusal("( 01)09501101530003"), AllOf(HasSubstr("character 1, AI ?"), HasSubstr("must start here")));
}

TEST(ElementString, TruncatedValuesRefused) {
  EXPECT_THAT(refusal("]C1010950110153"), AllOf(HasSubstr("AI 01"), HasSubstr("10 characters"), HasSubstr("truncated")));
  EXPECT_THAT(refusal("]C1" + kGtin + "1726"), AllOf(HasSubstr("character 20, AI 17"), HasSubstr("truncated")));
  EXPECT_THAT(refusal("]C1" + kGtin + "31"), HasSubstr("ends inside the application identifier"));
  // A GS inside a fixed-length value cuts it short.
  EXPECT_THAT(refusal("]C1" + kGtin + "1726" + kGs + "10A"), AllOf(HasSubstr("AI 17"), HasSubstr("truncated")));
  EXPECT_THAT(refusal("]C1" + kGtin + "10"), AllOf(HasSubstr("AI 10"), HasSubstr("empty")));
  EXPECT_THAT(refusal("]C1"), HasSubstr("nothing follows"));
}

TEST(ElementString, WrongLengthsRefused) {
  EXPECT_THAT(refusal("(01)095011015300031"), AllOf(HasSubstr("AI 01"), HasSubstr("15 characters, it must have 14")));
  EXPECT_THAT(refusal("(17)2606"), AllOf(HasSubstr("AI 17"), HasSubstr("truncated")));
  EXPECT_THAT(refusal("(10)" + std::string(21, 'A') + "(01)09501101530003"),
              AllOf(HasSubstr("AI 10"), HasSubstr("at most 20")));
  EXPECT_THAT(refusal("(017)12"), HasSubstr("wrong length"));
  EXPECT_THAT(refusal("]C1" + kGtin + "3106001250"), AllOf(HasSubstr("AI 3106"), HasSubstr("at most 5 decimals")));
}

// Without the GS after a variable value, the next AI reads as part of it.
TEST(ElementString, MissingSeparatorAfterVariableFieldRefused) {
  EXPECT_THAT(refusal("]C1" + kGtin + "3922599" + kGtin),
              AllOf(HasSubstr("character 20, AI 3922"), HasSubstr("at most 15"), HasSubstr("GS separator")));
  EXPECT_THAT(refusal("]C1" + kGtin + "10" + std::string(18, 'X') + "17261231"),
              AllOf(HasSubstr("AI 10"), HasSubstr("runs to 26"), HasSubstr("GS separator")));
  EXPECT_THAT(refusal("]C1" + kGtin + "3922599" + "10ABC"),
              AllOf(HasSubstr("AI 3922"), HasSubstr("character 29 ('A')"), HasSubstr("GS separator")));
}

TEST(ElementString, BadCharactersAndDatesRefused) {
  EXPECT_THAT(refusal("]C1" + kGtin + "10AB CD"), AllOf(HasSubstr("AI 10"), HasSubstr("character 24 (' ')")));
  EXPECT_THAT(refusal("]C1" + kGtin + "17261301"), AllOf(HasSubstr("AI 17"), HasSubstr("month 13")));
  EXPECT_THAT(refusal("]C1" + kGtin + "15260230"), AllOf(HasSubstr("AI 15"), HasSubstr("day 30")));
  EXPECT_THAT(refusal("]C1" + kGtin + "11260431"), AllOf(HasSubstr("AI 11"), HasSubstr("day 31")));
}

TEST(ElementString, RepeatedFieldsRefused) {
  EXPECT_THAT(refusal("]C1" + kGtin + kGtin), AllOf(HasSubstr("character 20, AI 01"), HasSubstr("twice")));
  EXPECT_THAT(refusal("]C1" + kGtin + "3103001250" + "3202000150"), AllOf(HasSubstr("AI 3202"), HasSubstr("net weight twice")));
}

TEST(ElementString, WithoutGtinThereIsNothingToSell) {
  EXPECT_THAT(refusal("]C110ABC"), AllOf(HasSubstr("no GTIN"), HasSubstr("other barcode")));
}

TEST(ElementString, HumanReadableSyntaxRefused) {
  EXPECT_THAT(refusal("(01)09501101530003 (10)A"), AllOf(HasSubstr("AI 01"), HasSubstr("15 characters")));
  EXPECT_THAT(refusal("(01)09501101530003(10)A B"), AllOf(HasSubstr("AI 10"), HasSubstr("character 24 (' ')")));
  EXPECT_THAT(refusal("(0109501101530003"), HasSubstr("no closing ')'"));
}

TEST(ElementString, DescribeListsEveryAi) {
  const auto text = decodeOk("]C1" + kGtin + "17261231" + "10LOT" + kGs + "3103001250").describe();
  EXPECT_THAT(text, AllOf(HasSubstr("GS1-128"), HasSubstr("lookup key      09501101530003"),
                          HasSubstr("expiry          2026-12-31"), HasSubstr("weight          1250 g"),
                          HasSubstr("(3103) 001250"), HasSubstr("net weight (kg)"), HasSubstr("LOT<GS>3103")));
}

}  // namespace
