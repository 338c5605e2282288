#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace posserver::api {

// A device secret: 32 random bytes (libsodium randombytes) in unpadded base64url.
std::string newDeviceSecret();

// Secrets and enrolment codes are stored only as their poscore::blake2bHex.

// Constant-time comparison of two hashes from poscore::blake2bHex (sodium_memcmp), so a wrong secret
// takes as long to refuse whichever byte differs.
bool sameHash(const std::string& a, const std::string& b);

// A one-time enrolment code, easy to read out and type: 80 random bits in Crockford base32 as four
// groups of four ("7KQ2-M9XD-4HRT-0BWC").
std::string newEnrolmentCode();

// The code's canonical form (upper case, no separators, I/L read as 1 and O as 0), or nullopt when
// it cannot be a code at all.
std::optional<std::string> canonicalEnrolmentCode(std::string_view typed);

}  // namespace posserver::api
