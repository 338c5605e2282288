#pragma once
#include <string>
#include <string_view>

#include "possdk/status.hpp"

// PIN hashes with libsodium's crypto_pwhash_str: argon2id, a random salt per hash, and the
// algorithm and its limits recorded in the string, so old hashes keep verifying after the limits
// change and are rehashed at the next good sign-on.
//
// The limits are OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE (2 passes, 64 MiB). A PIN is checked
// while the cashier waits at the counter and again for every supervisor approval, on a lane PC that
// also runs the shell and the devices, so the check has to stay well under a second; the MODERATE
// and SENSITIVE limits (256 MiB and 1 GiB) cost seconds there. A 4 to 8 digit PIN has at most 10^8
// values, so no hash cost makes a copied database safe against offline guessing: the hash keeps
// PINs from being read straight out of a copy and makes guessing them slow work, and the lockout
// after wrong PINs is what stops guessing at the counter itself.
namespace poscore::staff {

// Fails only when libsodium cannot start or cannot get the memory the hash needs.
possdk::Result<std::string> hashPin(std::string_view pin);
bool verifyPin(const std::string& hash, std::string_view pin);
// True when the hash was made with other limits than hashPin uses now.
bool pinHashNeedsRehash(const std::string& hash);

}  // namespace poscore::staff
