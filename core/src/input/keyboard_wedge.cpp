#include "poscore/input/keyboard_wedge.hpp"

#include <stdexcept>

namespace poscore::input {

namespace {
bool isEnter(char32_t c) { return c == U'\r' || c == U'\n'; }
// Barcode symbologies a wedge types are printable ASCII.
bool isCodeCharacter(char32_t c) { return c >= 0x20 && c < 0x7f; }
}  // namespace

KeyboardWedge::KeyboardWedge(WedgeOptions options, std::shared_ptr<const possdk::Clock> clock)
    : options_(options), clock_(std::move(clock)) {}

bool KeyboardWedge::continuesBurst(TimePoint at) const {
  return last_ && at >= *last_ && at - *last_ <= options_.maxGap;
}

std::optional<std::string> KeyboardWedge::key(char32_t c, TimePoint at) {
  if (isEnter(c)) {
    std::optional<std::string> code;
    if (continuesBurst(at) && burst_.size() >= options_.minLength) code = burst_;
    reset();
    return code;
  }
  if (!isCodeCharacter(c)) {
    reset();
    return std::nullopt;
  }
  if (!continuesBurst(at)) burst_.clear();
  burst_.push_back(static_cast<char>(c));
  last_ = at;
  return std::nullopt;
}

std::optional<std::string> KeyboardWedge::key(char32_t c) {
  if (!clock_) throw std::logic_error("KeyboardWedge::key(c) needs the clock given at construction");
  return key(c, clock_->monotonic());
}

void KeyboardWedge::reset() {
  burst_.clear();
  last_.reset();
}

}  // namespace poscore::input
