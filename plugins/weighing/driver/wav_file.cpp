#include "driver/wav_file.hpp"

#include <fstream>
#include <string>
#include <system_error>

namespace weighing {

namespace {

void put16(std::vector<std::uint8_t>& out, std::uint16_t v) {
  out.push_back(static_cast<std::uint8_t>(v & 0xff));
  out.push_back(static_cast<std::uint8_t>(v >> 8));
}

void put32(std::vector<std::uint8_t>& out, std::uint32_t v) {
  for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<std::uint8_t>((v >> shift) & 0xff));
}

void putTag(std::vector<std::uint8_t>& out, const char (&tag)[5]) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(tag[i]));
}

}  // namespace

std::vector<std::uint8_t> wavBytes(const Speech& speech) {
  constexpr std::uint16_t kChannels = 1;
  constexpr std::uint16_t kBitsPerSample = 16;
  constexpr std::uint16_t kBlockAlign = kChannels * kBitsPerSample / 8;
  const auto rate = static_cast<std::uint32_t>(speech.sampleRate);
  const auto dataSize = static_cast<std::uint32_t>(speech.samples.size() * kBlockAlign);
  std::vector<std::uint8_t> out;
  out.reserve(44 + dataSize);
  putTag(out, "RIFF");
  put32(out, 36 + dataSize);
  putTag(out, "WAVE");
  putTag(out, "fmt ");
  put32(out, 16);  // size of the PCM format chunk
  put16(out, 1);   // PCM
  put16(out, kChannels);
  put32(out, rate);
  put32(out, rate * kBlockAlign);
  put16(out, kBlockAlign);
  put16(out, kBitsPerSample);
  putTag(out, "data");
  put32(out, dataSize);
  for (auto sample : speech.samples) put16(out, static_cast<std::uint16_t>(sample));
  return out;
}

possdk::Status writeWav(const std::filesystem::path& file, const Speech& speech) {
  const auto bytes = wavBytes(speech);
  auto partial = file;
  partial += ".part";
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) {
      return possdk::Status::fail("cannot write " + partial.string() + "; check the folder exists and is writable");
    }
  }
  std::error_code ec;
  std::filesystem::rename(partial, file, ec);
  if (ec) return possdk::Status::fail("cannot rename " + partial.string() + " to " + file.string() + ": " + ec.message());
  return possdk::Status::ok();
}

}  // namespace weighing
