// The virtual printer listens on loopback addresses only.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "loopback_server.hpp"

namespace {

using ::testing::HasSubstr;
using vprinter::loopbackAddress;

TEST(LoopbackAddress, AcceptsLoopbackAddressesAndLocalhost) {
  EXPECT_EQ(loopbackAddress("127.0.0.1:9100").value().toString(), "127.0.0.1:9100");
  EXPECT_EQ(loopbackAddress("127.0.0.2:0").value().port(), 0);
  EXPECT_EQ(loopbackAddress("localhost:9100").value().toString(), "127.0.0.1:9100");
  EXPECT_EQ(loopbackAddress("[::1]:9100").value().toString(), "[::1]:9100");
}

TEST(LoopbackAddress, RefusesEveryOtherAddressAndSaysWhatToGive) {
  for (const char* address : {"0.0.0.0:9100", "192.168.1.20:9100", "[::]:9100", "printer.example:9100"}) {
    const auto result = loopbackAddress(address);
    ASSERT_FALSE(result) << address;
    EXPECT_THAT(result.error(), HasSubstr("give a loopback address such as 127.0.0.1:9100")) << address;
  }
  EXPECT_THAT(loopbackAddress("0.0.0.0:9100").error(), HasSubstr("is not a loopback address"));
}

TEST(LoopbackAddress, RefusesAMissingOrBadPort) {
  EXPECT_THAT(loopbackAddress("127.0.0.1").error(), HasSubstr("has no port"));
  EXPECT_THAT(loopbackAddress("127.0.0.1:91x").error(), HasSubstr("not a number 0-65535"));
  EXPECT_THAT(loopbackAddress("127.0.0.1:70000").error(), HasSubstr("not a number 0-65535"));
}

}  // namespace
