#pragma once
#include <filesystem>

#include "driver/sound_output.hpp"

namespace weighing {

// The sound simulator's output: each prompt becomes `<dir>/<n>-<lang>.wav`, n counting on from
// the highest number already in the folder so earlier prompts are never overwritten.
class WavFolderOutput final : public SoundOutput {
 public:
  explicit WavFolderOutput(std::filesystem::path dir);

  possdk::Status ready() const override;
  possdk::Result<std::string> play(const Speech& speech, const std::string& lang) override;

 private:
  std::filesystem::path dir_;
  int last_ = 0;  // the highest prompt number written or found
};

}  // namespace weighing
