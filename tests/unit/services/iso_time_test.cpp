// The one ISO 8601 UTC helper of lane and server: records in milliseconds, the server API in seconds.
#include "poscore/services/iso_time.hpp"

#include <gtest/gtest.h>

namespace {
using namespace std::chrono;

const system_clock::time_point kAt = system_clock::time_point{seconds(1'795'339'800)} + milliseconds(123);

TEST(IsoTime, RecordsKeepMillisecondsAndTheApiWholeSeconds) {
  EXPECT_EQ(poscore::isoUtc(kAt), "2026-11-22T09:30:00.123Z");
  EXPECT_EQ(poscore::isoUtcSeconds(kAt), "2026-11-22T09:30:00Z");
}

TEST(IsoTime, ReadsWhatEitherFormWritesAndAnyFractionUpToNanoseconds) {
  EXPECT_EQ(poscore::parseIsoUtc(poscore::isoUtc(kAt)), kAt);
  EXPECT_EQ(poscore::parseIsoUtc("2026-11-22T09:30:00Z"), system_clock::time_point{seconds(1'795'339'800)});
  EXPECT_EQ(poscore::parseIsoUtc("2026-11-22T09:30:00.1Z"), system_clock::time_point{seconds(1'795'339'800)} + milliseconds(100));
  EXPECT_EQ(poscore::parseIsoUtc("2026-11-22T09:30:00.123456789Z"), system_clock::time_point{seconds(1'795'339'800)} + microseconds(123456));
}

TEST(IsoTime, RefusesWhatIsNotAnExactUtcTime) {
  for (const auto* text : {"2026-11-22T09:30:00", "2026-11-22T09:30:00+08:00", "2026-02-30T09:30:00Z", "2026-11-22 09:30:00Z",
                           "2026-11-22T9:30:00Z", "2026-11-22T09:30:00.Z", "2026-11-22T09:30:00.1234567890Z",
                           "2026-11-22T24:00:00Z", "2026-11-22T09:30:00Zjunk", ""}) {
    EXPECT_FALSE(poscore::parseIsoUtc(text)) << text;
  }
}

}  // namespace
