#include "poscore/input/keyboard_wedge.hpp"

#include <stdexcept>

namespace poscore::input {

namespace {
constexpr char32_t kGroupSeparator = 0x1d;
// Barcode symbologies a wedge types are printable ASCII, plus GS between GS1 fields.
bool isCodeCharacter(char32_t c) { return (c >= 0x20 && c < 0x7f) || c == kGroupSeparator; }
}  // namespace

KeyboardWedge::KeyboardWedge(WedgeOptions options, std::shared_ptr<const possdk::Clock> clock)
    : options_(options), clock_(std::move(clock)) {}

bool KeyboardWedge::continuesBurst(TimePoint at) const {
  return last_ && at >= *last_ && at - *last_ <= options_.maxGap;
}

std::optional<std::string> KeyboardWedge::key(char32_t c, TimePoint at) {
  if (options_.terminators.find(c) != std::u32string::npos) {
    std::optional<std::string> code;
    if (continuesBurst(at) && !spoiled_ && burst_.size() >= options_.minLength) code = burst_;
    reset();
    return code;
  }
  if (!continuesBurst(at)) {
    burst_.clear();
    spoiled_ = false;
  }
  last_ = at;
  if (!isCodeCharacter(c) || burst_.size() >= options_.maxLength) spoiled_ = true;
  if (!spoiled_) burst_.push_back(static_cast<char>(c));
  return std::nullopt;
}

std::optional<std::string> KeyboardWedge::key(char32_t c) {
  if (!clock_) throw std::logic_error("KeyboardWedge::key(c) needs the clock given at construction");
  return key(c, clock_->monotonic());
}

void KeyboardWedge::reset() {
  burst_.clear();
  spoiled_ = false;
  last_.reset();
}

}  // namespace poscore::input
