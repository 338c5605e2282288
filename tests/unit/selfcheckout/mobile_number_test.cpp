#include <gtest/gtest.h>

#include "poscore/sms/mobile_number.hpp"

namespace {

using poscore::sms::normalizeMobileNumber;

const poscore::counter::CounterText kEnglish(nullptr);

std::string normalized(const std::string& keyed) {
  std::string problem;
  auto number = normalizeMobileNumber(keyed, kEnglish, problem);
  EXPECT_EQ(number.empty(), !problem.empty()) << keyed;
  return number;
}

std::string problemWith(const std::string& keyed) {
  std::string problem;
  EXPECT_EQ(normalizeMobileNumber(keyed, kEnglish, problem), "") << keyed;
  return problem;
}

TEST(MobileNumber, MainlandNumbersGainTheCountryCode) {
  EXPECT_EQ(normalized("13812345678"), "+8613812345678");
  EXPECT_EQ(normalized("+86 199-1234-5678"), "+8619912345678");
}

TEST(MobileNumber, MainlandNumbersMustStartWith13To19) {
  EXPECT_NE(problemWith("12812345678").find("13 to 19"), std::string::npos);
  EXPECT_NE(problemWith("1381234567").find("11 digits"), std::string::npos);  // ten digits
  EXPECT_NE(problemWith("+8612812345678").find("after +86"), std::string::npos);
}

TEST(MobileNumber, OtherCountriesAreE164) {
  EXPECT_EQ(normalized("+447700900123"), "+447700900123");
  EXPECT_NE(problemWith("+0447700900123").find("country code"), std::string::npos);
  EXPECT_NE(problemWith("+1234567890123456").find("15 digits"), std::string::npos);  // 16 digits
}

TEST(MobileNumber, EmptyAndNonDigitsAreNamed) {
  EXPECT_NE(problemWith("").find("Key a mobile number"), std::string::npos);
  EXPECT_NE(problemWith("1381234567x").find("digits only"), std::string::npos);
  EXPECT_NE(problemWith("++8613812345678").find("digits only"), std::string::npos);
}

}  // namespace
