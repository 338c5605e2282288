#pragma once
#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include "possdk/clock.hpp"

namespace poscore::input {

struct WedgeOptions {
  // Scanners send a whole code in a burst; people need far longer between keys.
  std::chrono::milliseconds maxGap{50};
  // Shorter bursts (a fast double key press) are not taken for a code.
  std::size_t minLength = 4;
  // Longer bursts are not a code a lane can use (GS1-128 carries at most 48 data characters; 2D
  // codes in wedge mode stay well under this).
  std::size_t maxLength = 512;
  // Keys that end a scan; scanners are set up with an Enter suffix, some with Tab.
  std::u32string terminators = U"\r\n";
};

// Tells a keyboard-wedge barcode scanner from a person typing: a scan is printable characters (and
// GS, the GS1 field separator) that arrive no further apart than maxGap and end in a terminator,
// also within maxGap. Anything slower starts over, so human typing never yields a code. A burst
// with a character no code has, or too long, is spoiled: it yields nothing, and the rest of it is
// not taken for a new code. Not thread-safe; feed it from one (the UI) thread.
class KeyboardWedge {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;
  static constexpr char32_t kEnter = U'\r';

  explicit KeyboardWedge(WedgeOptions options = {}, std::shared_ptr<const possdk::Clock> clock = nullptr);

  // One key at `at`: a character, or a terminator. Returns the code when this key is the
  // terminator that ends a scan.
  std::optional<std::string> key(char32_t c, TimePoint at);
  // The same, timed by the clock given at construction (which must then be set).
  std::optional<std::string> key(char32_t c);
  // Forgets a burst in progress (focus changed, a dialog opened).
  void reset();

 private:
  bool continuesBurst(TimePoint at) const;

  WedgeOptions options_;
  std::shared_ptr<const possdk::Clock> clock_;
  std::string burst_;
  bool spoiled_ = false;
  std::optional<TimePoint> last_;
};

}  // namespace poscore::input
