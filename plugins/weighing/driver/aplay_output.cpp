#include "driver/aplay_output.hpp"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <Poco/TemporaryFile.h>

#include "driver/device_json.hpp"
#include "driver/program_path.hpp"
#include "driver/wav_file.hpp"

namespace weighing {

AplayOutput::AplayOutput(std::string searchPath, std::string alsaDevice)
    : searchPath_(std::move(searchPath)), alsaDevice_(std::move(alsaDevice)) {}

possdk::Result<std::string> AplayOutput::player() const {
  auto found = findProgram("aplay", searchPath_);
  if (found) return found;
  return possdk::Result<std::string>::fail(
      "no sound player is available: " + found.error() +
      "; install alsa-utils (apt-get install alsa-utils), or give the sound device params.dir to write WAV files");
}

possdk::Status AplayOutput::ready() const {
  auto found = player();
  return found ? possdk::Status::ok() : possdk::Status::fail(found.error());
}

possdk::Result<std::string> AplayOutput::play(const Speech& speech, const std::string& lang) {
  auto aplay = player();
  if (!aplay) return aplay;
  // A file, not a pipe: a player that quits before reading (no sound card) cannot break the write,
  // and the player is always waited for, so no zombie is left and its complaint is always heard.
  Poco::TemporaryFile wav;
  if (auto written = writeWav(wav.path(), speech); !written) {
    return possdk::Result<std::string>::fail("cannot write the prompt for " + aplay.value() + ": " + written.error());
  }
  Poco::Process::Args args{"-q"};
  if (!alsaDevice_.empty()) args.insert(args.end(), {"-D", alsaDevice_});
  args.push_back(wav.path());
  std::string complaint;
  int exitCode = 0;
  try {
    Poco::Pipe err;
    auto handle = Poco::Process::launch(aplay.value(), args, nullptr, nullptr, &err);
    Poco::PipeInputStream fromPlayer(err);
    Poco::StreamCopier::copyToString(fromPlayer, complaint);  // to its end: the player has quit
    exitCode = handle.wait();
  } catch (const Poco::Exception& e) {
    return possdk::Result<std::string>::fail("cannot run " + aplay.value() + ": " + e.displayText());
  }
  if (exitCode != 0) {
    return possdk::Result<std::string>::fail(aplay.value() + " failed (exit " + std::to_string(exitCode) + "): " +
                                             complaint + "; check `aplay -l` lists the sound card");
  }
  Poco::JSON::Object payload;
  payload.set("player", aplay.value());
  payload.set("lang", lang);
  return jsonText(payload);
}

}  // namespace weighing
