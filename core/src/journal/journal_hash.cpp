#include <sodium.h>

#include <array>

#include "poscore/journal/journal_entry.hpp"
#include "poscore/util/blake2b.hpp"

namespace poscore::journal {
namespace {

// Changing the encoding means a new tag, so old chains still verify under the old rule.
constexpr std::string_view kEncodingTag = "poscore.journal.v1";

// The journal's encoding on top of the plain hash: numbers as 8 bytes big-endian, texts with their
// length first, so no two field lists encode to the same bytes.
class EntryEncoder {
 public:
  void addNumber(std::uint64_t value) {
    std::array<char, 8> bytes{};
    for (int i = 7; i >= 0; --i) {
      bytes[static_cast<std::size_t>(i)] = static_cast<char>(value & 0xffU);
      value >>= 8U;
    }
    hash_.add(std::string_view(bytes.data(), bytes.size()));
  }
  void addText(std::string_view text) {
    addNumber(text.size());
    hash_.add(text);
  }
  std::string hex() { return hash_.hex(); }

 private:
  Blake2b256 hash_;
};

}  // namespace

std::string entryHash(const Entry& entry) {
  EntryEncoder hash;
  hash.addText(kEncodingTag);
  hash.addNumber(static_cast<std::uint64_t>(entry.seq));
  for (const std::string* field : {&entry.time, &entry.type, &entry.staffId, &entry.reference, &entry.payload,
                                   &entry.prevHash}) {
    hash.addText(*field);
  }
  return hash.hex();
}

const std::string& genesisHash() {
  static const std::string zeros(crypto_generichash_BYTES * 2, '0');
  return zeros;
}

}  // namespace poscore::journal
