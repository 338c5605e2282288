#include "driver/speech_synthesizer.hpp"

#include <espeak-ng/espeak_ng.h>

#include <array>
#include <map>

namespace weighing {

namespace {

std::string espeakMessage(espeak_ng_STATUS status) {
  std::array<char, 512> buffer{};
  espeak_ng_GetStatusCodeMessage(status, buffer.data(), buffer.size());
  return buffer.data();
}

// espeak-ng hands the samples to this callback; user_data is the Speech being filled.
int collectSamples(short* wav, int count, espeak_EVENT* events) {
  if (wav == nullptr || count <= 0 || events == nullptr) return 0;
  auto* speech = static_cast<Speech*>(events->user_data);
  speech->samples.insert(speech->samples.end(), wav, wav + count);
  return 0;
}

}  // namespace

std::optional<std::string> voiceForLanguage(const std::string& lang) {
  static const std::map<std::string, std::string> kVoices{{"zh", "cmn"}, {"en", "en"}};
  auto it = kVoices.find(lang);
  if (it == kVoices.end()) return std::nullopt;
  return it->second;
}

SpeechSynthesizer& SpeechSynthesizer::shared() {
  static SpeechSynthesizer synthesizer;
  return synthesizer;
}

possdk::Status SpeechSynthesizer::initialize() {
  if (initialized_) return *initialized_;
  espeak_ng_InitializePath(nullptr);
  espeak_ng_ERROR_CONTEXT context = nullptr;
  auto status = espeak_ng_Initialize(&context);
  espeak_ng_ClearErrorContext(&context);
  if (status == ENS_OK) status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
  if (status != ENS_OK) {
    initialized_ = possdk::Status::fail("espeak-ng could not start: " + espeakMessage(status) +
                                        "; install espeak-ng-data (apt-get install espeak-ng-data)");
    return *initialized_;
  }
  espeak_SetSynthCallback(collectSamples);
  sampleRate_ = espeak_ng_GetSampleRate();
  initialized_ = possdk::Status::ok();
  return *initialized_;
}

possdk::Result<Speech> SpeechSynthesizer::synthesize(const std::string& text, const std::string& voice) {
  std::lock_guard lock(mutex_);
  if (auto s = initialize(); !s) return possdk::Result<Speech>::fail(s.error());
  if (auto status = espeak_ng_SetVoiceByName(voice.c_str()); status != ENS_OK) {
    return possdk::Result<Speech>::fail("espeak-ng has no voice '" + voice + "': " + espeakMessage(status) +
                                        "; install espeak-ng-data");
  }
  Speech speech;
  speech.sampleRate = sampleRate_;
  const auto status = espeak_ng_Synthesize(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8,
                                           nullptr, &speech);
  if (status != ENS_OK) {
    return possdk::Result<Speech>::fail("espeak-ng could not speak '" + text + "': " + espeakMessage(status));
  }
  return speech;
}

}  // namespace weighing
