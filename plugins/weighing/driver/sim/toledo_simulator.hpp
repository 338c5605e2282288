#pragma once
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "possdk/status.hpp"

namespace weighing {

// A Mettler Toledo 8217 scale in kilograms (replies "WW.WWW", 1 g divisions, up to 99.999 kg):
// what is on the platter, whether it moves, and what it answers to W, Z and T. Used by the
// pos-weighing-toledo-sim program and directly by the tests.
class ToledoSimulator {
 public:
  explicit ToledoSimulator(std::int64_t grams = 0, std::int64_t capacityGrams = 30000);

  // Bytes from the host (parity bits ignored) -> the replies of the commands among them. Bytes
  // that are no command are ignored, as the scale ignores them.
  std::string receive(std::string_view bytes);
  std::string answer(char command);

  // One line of the control language (stdin or a script):
  //   weight G | motion on|off | over on|off | under on|off | sleep MS | # comment
  // Returns how long the caller should wait before the next line (sleep), else 0.
  possdk::Result<std::chrono::milliseconds> apply(std::string_view line);

  void setGrams(std::int64_t grams) { grams_ = grams; }
  void setMotion(bool on) { motion_ = on; }
  void setOver(bool on) { over_ = on; }
  void setUnder(bool on) { under_ = on; }
  // The weight shown: on the platter, less the zero offset and the tare.
  std::int64_t shownGrams() const { return grams_ - zeroGrams_ - tareGrams_; }
  std::int64_t tareGrams() const { return tareGrams_; }

 private:
  std::uint8_t status() const;
  bool overCapacity() const;
  std::string statusReply() const;
  std::string weightReply() const;

  std::int64_t grams_;
  std::int64_t capacityGrams_;
  std::int64_t zeroGrams_ = 0;
  std::int64_t tareGrams_ = 0;
  bool motion_ = false;
  bool over_ = false;
  bool under_ = false;
};

}  // namespace weighing
