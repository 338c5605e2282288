// The one BLAKE2b-256 helper, shared by the journal's chain and the server's stored secrets.
#include "poscore/util/blake2b.hpp"

#include <gtest/gtest.h>

namespace {

TEST(Blake2b, KnownDigestsInLowerCaseHex) {
  // RFC 7693's test string at a 32-byte digest, and the empty text.
  EXPECT_EQ(poscore::blake2bHex("abc"), "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319");
  EXPECT_EQ(poscore::blake2bHex(""), "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
}

TEST(Blake2b, PiecesHashAsTheirConcatenation) {
  poscore::Blake2b256 pieces;
  pieces.add("a");
  pieces.add("bc");
  EXPECT_EQ(pieces.hex(), poscore::blake2bHex("abc"));
  EXPECT_NE(poscore::blake2bHex("abd"), poscore::blake2bHex("abc"));
}

}  // namespace
