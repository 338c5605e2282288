#include <sodium.h>

#include <array>
#include <stdexcept>

#include "poscore/journal/journal_entry.hpp"

namespace poscore::journal {
namespace {

// Changing the encoding means a new tag, so old chains still verify under the old rule.
constexpr std::string_view kEncodingTag = "poscore.journal.v1";

class Blake2b256 {
 public:
  Blake2b256() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised; the journal cannot hash");
    crypto_generichash_init(&state_, nullptr, 0, crypto_generichash_BYTES);
  }
  void addNumber(std::uint64_t value) {
    std::array<unsigned char, 8> bytes{};
    for (int i = 7; i >= 0; --i) {
      bytes[static_cast<std::size_t>(i)] = static_cast<unsigned char>(value & 0xffU);
      value >>= 8U;
    }
    crypto_generichash_update(&state_, bytes.data(), bytes.size());
  }
  // Length first, so no two field lists encode to the same bytes.
  void addText(std::string_view text) {
    addNumber(text.size());
    crypto_generichash_update(&state_, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  }
  std::string hex() {
    std::array<unsigned char, crypto_generichash_BYTES> digest{};
    crypto_generichash_final(&state_, digest.data(), digest.size());
    std::array<char, crypto_generichash_BYTES * 2 + 1> text{};
    sodium_bin2hex(text.data(), text.size(), digest.data(), digest.size());
    return std::string(text.data());
  }

 private:
  crypto_generichash_state state_{};
};

}  // namespace

std::string entryHash(const Entry& entry) {
  Blake2b256 hash;
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
