#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "driver/scale_reading.hpp"
#include "possdk/status.hpp"

namespace weighing::toledo {

// Mettler Toledo 8217 ("ECR" mode), 9600 baud 7E1, single-letter commands from the host:
//   W  weight     -> STX "WW.WWW" CR (kg, 3 decimals) or STX "WW.WW" CR (lb, 2 decimals), an "N"
//                    before CR for a net weight; STX '?' status CR when the weight cannot be given
//   Z  zero       -> STX '?' status CR
//   T  tare       -> STX '?' status CR
// Status byte: bit 0 in motion, 1 over capacity, 2 under zero, 3 outside the zero capture range,
// 4 at the centre of zero; bits 5 and 6 always 1; bit 7 parity.
inline constexpr char kStx = '\x02';
inline constexpr char kCr = '\r';
inline constexpr char kWeigh = 'W';
inline constexpr char kZero = 'Z';
inline constexpr char kTare = 'T';

enum StatusBit : std::uint8_t {
  kMotion = 0x01,
  kOverCapacity = 0x02,
  kUnderZero = 0x04,
  kOutsideZeroRange = 0x08,
  kCentreOfZero = 0x10,
  kAlwaysSet = 0x60,
};

// One reply, between STX and CR.
struct Frame {
  std::optional<std::uint8_t> status;  // a status reply
  std::int64_t milligrams = 0;         // a weight reply
  std::int64_t resolutionMg = 0;
  bool net = false;
};

// Parses the text between STX and CR (both excluded). Errors name the column (1 = the byte after
// STX), the byte and what was expected.
possdk::Result<Frame> parseFrame(std::string_view body);

// What a W reply means as a reading: a weight is stable (Zero at 0); a status says why not.
ScaleReading readingOf(const Frame& frame);

// Why a Z or T reply refused, or nullopt when the scale took the command.
std::optional<std::string> refusalOf(const Frame& frame);

// What one chunk of bytes completed: every whole reply in it, and the first broken one's error.
struct Cut {
  std::vector<std::string> frames;   // bodies, STX and CR excluded, in order
  std::optional<std::string> error;  // a reply restarted (STX) before its CR or ran past kMaxFrame
};

// Cuts replies out of the byte stream: bytes before STX are noise and dropped, and a reply that
// runs past kMaxFrame bytes without CR is refused. A broken reply does not cost the ones after it
// in the same chunk: scanning goes on (a second STX starts the next reply).
class FrameReader {
 public:
  static constexpr std::size_t kMaxFrame = 16;
  Cut add(std::string_view bytes);
  void clear() { pending_.clear(); }

 private:
  std::string pending_;
};

// The wire is 7E1. On a port set up as 7E1 bytes go as they are; on a port set up as 8N1 (how
// `--serial PATH` opens a port) the eighth bit carries the even parity, which is the same signal
// on the line. Received bytes lose their eighth bit either way.
std::string encodeCommand(char command, bool portIsSevenBit);
std::string stripParity(std::string_view bytes);
// True when the port's parameters say 7 data bits.
bool sevenBitPort(const std::map<std::string, std::string>& params);

}  // namespace weighing::toledo
