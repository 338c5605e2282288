#include "driver/wav_folder_output.hpp"

#include <charconv>
#include <system_error>

#include "driver/device_json.hpp"
#include "driver/wav_file.hpp"

namespace weighing {

namespace {

// The n of a file named "<n>-<lang>.wav"; 0 for any other name.
int promptNumber(const std::filesystem::path& file) {
  if (file.extension() != ".wav") return 0;
  const auto name = file.filename().string();
  int n = 0;
  auto [end, error] = std::from_chars(name.data(), name.data() + name.size(), n);
  return error == std::errc() && *end == '-' ? n : 0;
}

}  // namespace

WavFolderOutput::WavFolderOutput(std::filesystem::path dir) : dir_(std::move(dir)) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir_, ec)) {
    last_ = std::max(last_, promptNumber(entry.path()));
  }
}

possdk::Status WavFolderOutput::ready() const {
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec || !std::filesystem::is_directory(dir_)) {
    return possdk::Status::fail("cannot use the folder " + dir_.string() + " for sound files (" + ec.message() +
                                "); fix params.dir of the sound device");
  }
  return possdk::Status::ok();
}

possdk::Result<std::string> WavFolderOutput::play(const Speech& speech, const std::string& lang) {
  if (auto s = ready(); !s) return possdk::Result<std::string>::fail(s.error());
  const auto file = dir_ / (std::to_string(last_ + 1) + "-" + lang + ".wav");
  if (auto s = writeWav(file, speech); !s) return possdk::Result<std::string>::fail(s.error());
  ++last_;
  Poco::JSON::Object payload;
  payload.set("file", file.string());
  payload.set("lang", lang);
  return jsonText(payload);
}

}  // namespace weighing
