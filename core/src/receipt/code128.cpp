#include "poscore/receipt/code128.hpp"

#include <cstdint>

namespace poscore::receipt {

namespace {

enum class CodeSet { A, B, C };

// Set A holds ASCII 0-95, set B ASCII 32-127.
bool inSet(std::uint8_t c, CodeSet set) { return set == CodeSet::A ? c <= 95 : (c >= 32 && c <= 127); }

std::string where(std::size_t i) { return " at data byte " + std::to_string(i); }

class Parser {
 public:
  explicit Parser(std::string_view data) : data_(data) {}

  possdk::Result<std::string> run() {
    using R = possdk::Result<std::string>;
    if (data_.size() < 2 || data_[0] != '{' || (data_[1] != 'A' && data_[1] != 'B' && data_[1] != 'C')) {
      return R::fail("CODE128 data must open with a code set selector {A, {B or {C");
    }
    set_ = data_[1] == 'A' ? CodeSet::A : data_[1] == 'B' ? CodeSet::B : CodeSet::C;
    for (std::size_t i = 2; i < data_.size();) {
      auto step = data_[i] == '{' ? escape(i) : character(i);
      if (!step) return R::fail(step.error());
      i = step.value();
    }
    if (!anySymbol_) return R::fail("CODE128 data holds no characters after its code set selector");
    return text_;
  }

 private:
  possdk::Result<std::size_t> escape(std::size_t i) {
    using R = possdk::Result<std::size_t>;
    if (i + 1 >= data_.size()) return R::fail("CODE128 data ends inside a '{' sequence" + where(i));
    const char k = data_[i + 1];
    if (k == 'A' || k == 'B' || k == 'C') {
      const CodeSet to = k == 'A' ? CodeSet::A : k == 'B' ? CodeSet::B : CodeSet::C;
      set_ = to;
      return i + 2;
    }
    if (k >= '1' && k <= '4') {
      if (set_ == CodeSet::C && k != '1') return R::fail("CODE128 code set C has no FNC" + std::string(1, k) + where(i));
      if (k == '1' && anySymbol_) text_ += '\x1d';
      anySymbol_ = true;
      return i + 2;
    }
    if (k == 'S') {
      if (set_ == CodeSet::C) return R::fail("CODE128 code set C cannot shift" + where(i));
      if (i + 2 >= data_.size()) return R::fail("CODE128 data ends after a shift" + where(i));
      const CodeSet other = set_ == CodeSet::A ? CodeSet::B : CodeSet::A;
      const auto c = static_cast<std::uint8_t>(data_[i + 2]);
      if (!inSet(c, other)) return R::fail("CODE128 shifted byte " + std::to_string(c) + " is not in the other code set" + where(i + 2));
      add(static_cast<char>(c));
      return i + 3;
    }
    if (k == '{' && set_ != CodeSet::C) {
      add('{');
      return i + 2;
    }
    return R::fail("CODE128 data has an unknown sequence '{" + std::string(1, k) + "'" + where(i));
  }

  possdk::Result<std::size_t> character(std::size_t i) {
    using R = possdk::Result<std::size_t>;
    const auto c = static_cast<std::uint8_t>(data_[i]);
    if (set_ == CodeSet::C) {
      if (c > 99) return R::fail("CODE128 code set C takes values 0-99, not " + std::to_string(c) + where(i));
      add(static_cast<char>('0' + c / 10));
      text_ += static_cast<char>('0' + c % 10);
      return i + 1;
    }
    if (!inSet(c, set_)) {
      return R::fail("CODE128 code set " + std::string(set_ == CodeSet::A ? "A" : "B") + " has no byte " +
                     std::to_string(c) + where(i));
    }
    add(static_cast<char>(c));
    return i + 1;
  }

  void add(char c) {
    text_ += c;
    anySymbol_ = true;
  }

  std::string_view data_;
  CodeSet set_ = CodeSet::B;
  std::string text_;
  bool anySymbol_ = false;  // a character or FNC after the start
};

}  // namespace

possdk::Result<std::string> code128Text(std::string_view escposData) { return Parser(escposData).run(); }

}  // namespace poscore::receipt
