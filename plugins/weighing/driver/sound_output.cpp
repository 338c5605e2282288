#include "driver/sound_output.hpp"

#include "driver/aplay_output.hpp"
#include "driver/program_path.hpp"
#include "driver/wav_folder_output.hpp"

namespace weighing {

possdk::Result<std::unique_ptr<SoundOutput>> soundOutputFor(const possdk::DeviceInfo& info) {
  using Answer = possdk::Result<std::unique_ptr<SoundOutput>>;
  auto param = [&info](const std::string& key) {
    auto it = info.params.find(key);
    return it == info.params.end() ? std::string() : it->second;
  };
  const auto dir = param("dir");
  const auto output = param("output");
  if (!dir.empty() && output.empty()) return Answer(std::make_unique<WavFolderOutput>(dir));
  if (dir.empty() && output == "aplay") {
    return Answer(std::make_unique<AplayOutput>(environmentPath(), param("aplay_device")));
  }
  return Answer::fail(info.id + ": a sound device needs params.dir (a folder for the WAV files it writes) or " +
                      "params.output \"aplay\" (play through the loudspeaker), exactly one of them");
}

}  // namespace weighing
