#pragma once
#include <cstdint>
#include <string>

// One line of the lane's electronic journal: what happened at the till, who did it, and the record
// it concerns. Entries are chained by hash so an edited or removed entry shows on verification.
namespace poscore::journal {

// The entry types the host writes. Plugins may add their own (lower-case words joined by '-').
namespace type {
inline constexpr const char* kSale = "sale";
inline constexpr const char* kReturn = "return";
inline constexpr const char* kVoidSale = "void-sale";
inline constexpr const char* kLineVoid = "line-void";
inline constexpr const char* kNoSale = "no-sale";
inline constexpr const char* kSignOn = "sign-on";
inline constexpr const char* kSignOff = "sign-off";
inline constexpr const char* kZReport = "z-report";
}  // namespace type

// What a caller hands to Journal::append; the journal adds the sequence, time and hashes.
struct NewEntry {
  std::string type;       // see journal::type; lower-case letters, digits and '-'
  std::string staffId;    // who did it
  std::string reference;  // the receipt number, sale id or report number it concerns; may be empty
  std::string payload;    // JSON text (an object or array): the full record
};

struct Entry {
  std::int64_t seq = 0;  // 1, 2, 3 ... without gaps
  std::string time;      // "2026-11-22T10:00:00.123Z" from the lane's clock
  std::string type;
  std::string staffId;
  std::string reference;
  std::string payload;
  std::string prevHash;  // hex of the previous entry's hash; 64 zeros for the first entry
  std::string hash;      // hex BLAKE2b-256 over this entry's fields and prevHash (see entryHash)
};

// BLAKE2b-256 (libsodium crypto_generichash) in lower-case hex over an unambiguous encoding of
// every field of `entry` except `hash`: a version tag, seq as 8 bytes big-endian, then time, type,
// staffId, reference, payload and prevHash, each as its length (8 bytes big-endian) and its bytes.
std::string entryHash(const Entry& entry);

// The prevHash of the first entry.
const std::string& genesisHash();

}  // namespace poscore::journal
