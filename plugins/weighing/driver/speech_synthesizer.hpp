#pragma once
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "possdk/status.hpp"

namespace weighing {

// 16-bit mono samples at `sampleRate` (espeak-ng's own rate).
struct Speech {
  int sampleRate = 0;
  std::vector<std::int16_t> samples;
};

// The espeak-ng voice for a prompt language: "zh" -> "cmn" (Mandarin), "en" -> "en".
std::optional<std::string> voiceForLanguage(const std::string& lang);

// Text to speech through libespeak-ng in synchronous mode, the samples collected by its synth
// callback. espeak-ng keeps one global synthesiser and is not thread-safe, so there is exactly one
// of these per process and every call holds its mutex; call it from a device's worker thread,
// never the UI thread (a prompt takes tens of milliseconds).
class SpeechSynthesizer {
 public:
  static SpeechSynthesizer& shared();

  possdk::Result<Speech> synthesize(const std::string& text, const std::string& voice);

 private:
  SpeechSynthesizer() = default;
  possdk::Status initialize();

  std::mutex mutex_;
  std::optional<possdk::Status> initialized_;  // espeak-ng's answer to the first initialisation
  int sampleRate_ = 0;
};

}  // namespace weighing
