#pragma once
#include <memory>
#include <string>

#include "driver/speech_synthesizer.hpp"
#include "possdk/transport.hpp"

namespace weighing {

// Where a spoken prompt goes: a folder of WAV files (the simulator) or the loudspeaker (aplay).
class SoundOutput {
 public:
  virtual ~SoundOutput() = default;
  // Whether a prompt could be played now, and if not, why and what to do.
  virtual possdk::Status ready() const = 0;
  // Plays the prompt; the answer is the payload of the `sound.played` event (JSON text).
  virtual possdk::Result<std::string> play(const Speech& speech, const std::string& lang) = 0;
};

// The output a sound device's params ask for: "dir" (a folder, relative paths from the working
// folder) writes WAV files; "output": "aplay" plays them, "aplay_device" naming the ALSA device.
possdk::Result<std::unique_ptr<SoundOutput>> soundOutputFor(const possdk::DeviceInfo& info);

}  // namespace weighing
