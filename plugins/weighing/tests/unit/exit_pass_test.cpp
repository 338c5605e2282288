// The exit pass: what is signed reads back, and any change to it is caught by the signature.
#include "server/exit_pass.hpp"

#include <gtest/gtest.h>

#include "server/api_failure.hpp"
#include "server/gtin_code.hpp"

namespace weighing::server {
namespace {

SigningKey freshKey() {
  EXPECT_GE(sodium_init(), 0);
  SigningKey key;
  crypto_sign_keypair(key.publicKey.data(), key.secretKey.data());
  return key;
}

std::string refusal(const std::string& qr, const SigningKey& key) {
  try {
    readExitPass(qr, key);
    return "accepted";
  } catch (const ApiFailure& failure) {
    return failure.code();
  }
}

TEST(ExitPass, WhatIsSignedReadsBack) {
  const auto key = freshKey();
  const auto qr = signExitPass({42, "W20261122-0007", 2948, "2026-11-22T09:30:00Z"}, key);
  EXPECT_EQ(qr.rfind("WO1.", 0), 0u);
  const auto pass = readExitPass(qr, key);
  EXPECT_EQ(pass.orderId, 42);
  EXPECT_EQ(pass.orderNo, "W20261122-0007");
  EXPECT_EQ(pass.totalMinor, 2948);
  EXPECT_EQ(pass.paidAt, "2026-11-22T09:30:00Z");
}

TEST(ExitPass, AnotherKeyOrAChangedPayloadIsNotThisServersPass) {
  const auto key = freshKey();
  const auto qr = signExitPass({42, "W20261122-0007", 2948, "2026-11-22T09:30:00Z"}, key);
  EXPECT_EQ(refusal(qr, freshKey()), "qr_signature_invalid");
  const auto forged = signExitPass({42, "W20261122-0007", 1, "2026-11-22T09:30:00Z"}, freshKey());
  const auto dot = qr.find('.', 4);
  const auto forgedDot = forged.find('.', 4);
  // A cheaper payload under the real pass's signature.
  EXPECT_EQ(refusal(forged.substr(0, forgedDot) + qr.substr(dot), key), "qr_signature_invalid");
  EXPECT_EQ(refusal("WO1..", key), "qr_malformed");
  EXPECT_EQ(refusal(qr.substr(0, dot), key), "qr_malformed");
}

TEST(GtinCode, ShortCodesArePaddedToGtin14AndCheckDigitsChecked) {
  EXPECT_EQ(gtin14Of("12345670", "code"), "00000012345670");
  EXPECT_EQ(gtin14Of("036000291452", "code"), "00036000291452");
  EXPECT_EQ(gtin14Of("6901234567892", "code"), "06901234567892");
  try {
    (void)gtin14Of("036000291453", "items[0].code");
    FAIL() << "a wrong check digit was taken";
  } catch (const ApiFailure& failure) {
    EXPECT_EQ(failure.code(), "barcode_check_digit");
    EXPECT_EQ(failure.field(), "items[0].code");
    EXPECT_NE(std::string(failure.what()).find("should end in 2"), std::string::npos);
  }
  EXPECT_THROW((void)gtin14Of("1234567", "code"), ApiFailure);
  EXPECT_THROW((void)gtin14Of("12345a70", "code"), ApiFailure);
}

}  // namespace
}  // namespace weighing::server
