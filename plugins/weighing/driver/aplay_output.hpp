#pragma once
#include <string>

#include "driver/sound_output.hpp"

namespace weighing {

// The loudspeaker: each prompt is written to a temporary WAV file that ALSA's `aplay` (alsa-utils)
// plays, found on `searchPath` when a prompt is played. Without it the answer says so and what to
// install.
class AplayOutput final : public SoundOutput {
 public:
  // `alsaDevice` is passed as `aplay -D`; empty uses ALSA's default.
  AplayOutput(std::string searchPath, std::string alsaDevice);

  possdk::Status ready() const override;
  possdk::Result<std::string> play(const Speech& speech, const std::string& lang) override;

 private:
  possdk::Result<std::string> player() const;

  std::string searchPath_;
  std::string alsaDevice_;
};

}  // namespace weighing
