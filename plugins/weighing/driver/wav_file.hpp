#pragma once
#include <cstdint>
#include <filesystem>
#include <vector>

#include "driver/speech_synthesizer.hpp"

namespace weighing {

// A canonical RIFF/WAVE file: a 44-byte header (PCM, 1 channel, 16 bits, the speech's rate) and
// the samples, all little-endian.
std::vector<std::uint8_t> wavBytes(const Speech& speech);

// Writes wavBytes() to `file` through a temporary beside it, so a reader never sees half a file.
possdk::Status writeWav(const std::filesystem::path& file, const Speech& speech);

}  // namespace weighing
