#include "driver/toledo_protocol.hpp"

#include <bit>

#include "driver/mass_units.hpp"

namespace weighing::toledo {

namespace {

using R = possdk::Result<Frame>;

std::string shown(char c) {
  const auto b = static_cast<unsigned char>(c);
  if (b >= 0x20 && b < 0x7f) return std::string("'") + c + "'";
  const char* digits = "0123456789abcdef";
  return std::string("0x") + digits[b >> 4] + digits[b & 0xf];
}

R refuse(std::size_t column, char got, const std::string& expected) {
  return R::fail("Toledo 8217 reply column " + std::to_string(column) + ": " + shown(got) + "; expected " + expected);
}

R parseStatus(std::string_view body) {
  if (body.size() != 2) {
    return R::fail("Toledo 8217 status reply has " + std::to_string(body.size()) +
                   " bytes; expected '?' and one status byte");
  }
  const auto status = static_cast<std::uint8_t>(body[1]);
  if ((status & kAlwaysSet) != kAlwaysSet || (status & 0x80) != 0) {
    return refuse(2, body[1], "a status byte with bits 5 and 6 set (0x60..0x7f)");
  }
  Frame f;
  f.status = status;
  return f;
}

R parseWeight(std::string_view body) {
  Frame f;
  if (!body.empty() && body.back() == 'N') {
    f.net = true;
    body.remove_suffix(1);
  }
  std::int64_t value = 0;
  std::optional<std::size_t> point;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (c == '.' && !point) {
      point = i;
    } else if (c >= '0' && c <= '9') {
      value = value * 10 + (c - '0');
    } else {
      return refuse(i + 1, c, point ? "a digit or N before CR" : "a digit or the decimal point");
    }
  }
  const std::size_t digits = body.size() - (point ? 1 : 0);
  if (digits < 4 || digits > 6) {
    return R::fail("Toledo 8217 weight \"" + std::string(body) + "\" has " + std::to_string(digits) +
                   " digits; expected 4 to 6 (e.g. \"1.250\" or \"01.250\" kg, \"02.75\" lb)");
  }
  const std::size_t decimals = point ? body.size() - *point - 1 : 0;
  if (decimals != 2 && decimals != 3) {
    return R::fail("Toledo 8217 weight \"" + std::string(body) + "\" has " + std::to_string(decimals) +
                   " decimals; expected 3 (kg) or 2 (lb)");
  }
  const MassUnit& unit = decimals == 3 ? kKilogram : kPound;
  const int exponent = -static_cast<int>(decimals);
  f.milligrams = *toMilligrams(value, exponent, unit);
  f.resolutionMg = *toMilligrams(1, exponent, unit);
  return f;
}

}  // namespace

possdk::Result<Frame> parseFrame(std::string_view body) {
  if (body.empty()) return R::fail("Toledo 8217 reply is empty (STX then CR); expected a weight or '?' and a status");
  if (body.front() == '?') return parseStatus(body);
  return parseWeight(body);
}

ScaleReading readingOf(const Frame& frame) {
  ScaleReading r;
  if (!frame.status) {
    r.milligrams = frame.milligrams;
    r.resolutionMg = frame.resolutionMg;
    r.net = frame.net;
    r.status = frame.milligrams == 0 ? ScaleStatus::Zero : ScaleStatus::Stable;
    return r;
  }
  const std::uint8_t s = *frame.status;
  if (s & kOverCapacity) {
    r.status = ScaleStatus::Over;
  } else if (s & kUnderZero) {
    r.status = ScaleStatus::Under;
  } else if (s & kOutsideZeroRange) {
    r.status = ScaleStatus::NotReady;
    r.detail = "the scale is outside its zero capture range; empty the platter and zero it";
  } else if (s & kMotion) {
    r.status = ScaleStatus::Unstable;
  } else if (s & kCentreOfZero) {
    r.status = ScaleStatus::Zero;
  } else {
    r.status = ScaleStatus::NotReady;
    r.detail = "the scale answered the weight request with a status and no weight";
  }
  return r;
}

std::optional<std::string> refusalOf(const Frame& frame) {
  if (!frame.status) return "the scale answered with a weight instead of its status";
  const std::uint8_t s = *frame.status;
  if (s & kMotion) return "the scale is in motion; wait until it settles";
  if (s & kOverCapacity) return "the scale is over capacity; take the load off";
  if (s & kUnderZero) return "the scale is under zero";
  if (s & kOutsideZeroRange) return "the weight is outside the zero capture range; empty the platter";
  return std::nullopt;
}

Cut FrameReader::add(std::string_view bytes) {
  Cut cut;
  const auto broken = [&cut](std::string why) {
    if (!cut.error) cut.error = std::move(why);
  };
  for (char c : bytes) {
    if (pending_.empty()) {
      if (c == kStx) pending_ += c;
      continue;
    }
    if (c == kCr) {
      cut.frames.push_back(pending_.substr(1));
      pending_.clear();
      continue;
    }
    if (c == kStx) {
      pending_.assign(1, c);
      broken("Toledo 8217 reply started again (STX) before its CR; the line is noisy or the baud rate is wrong");
      continue;
    }
    pending_ += c;
    if (pending_.size() > kMaxFrame) {
      pending_.clear();
      broken("Toledo 8217 reply ran past " + std::to_string(kMaxFrame) +
             " bytes without CR; check the baud rate and parity (9600 7E1)");
    }
  }
  return cut;
}

std::string encodeCommand(char command, bool portIsSevenBit) {
  auto b = static_cast<unsigned char>(command);
  if (!portIsSevenBit && (std::popcount(b) % 2) != 0) b |= 0x80;
  return std::string(1, static_cast<char>(b));
}

std::string stripParity(std::string_view bytes) {
  std::string out(bytes);
  for (auto& c : out) c = static_cast<char>(static_cast<unsigned char>(c) & 0x7f);
  return out;
}

bool sevenBitPort(const std::map<std::string, std::string>& params) {
  const auto bits = params.find("data_bits");
  return bits != params.end() && bits->second == "7";
}

}  // namespace weighing::toledo
