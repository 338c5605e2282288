// The loudspeaker output: a clear answer when there is no player, and a real WAV file handed to
// the player when there is one (a stand-in `aplay` script that keeps what it was given).
#include <sys/stat.h>
#include <sys/wait.h>

#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "driver/aplay_output.hpp"
#include "driver/program_path.hpp"
#include "driver/wav_file.hpp"
#include "temp_dir.hpp"

namespace {

using ::testing::HasSubstr;

weighing::Speech someSpeech() { return {22050, {0, 1200, -1200, 300}}; }

TEST(AplayOutput, WithoutAPlayerItSaysSoAndWhatToInstall) {
  postest::TempDir dir;
  weighing::AplayOutput output(dir.path().string(), "");
  const auto ready = output.ready();
  EXPECT_THAT(ready.error(), HasSubstr("no sound player is available: 'aplay' was not found in PATH " +
                                       dir.path().string()));
  EXPECT_THAT(ready.error(), HasSubstr("apt-get install alsa-utils"));
  EXPECT_THAT(output.play(someSpeech(), "en").error(), HasSubstr("no sound player is available"));
}

TEST(AplayOutput, PlaysAWavFileWithTheAlsaDeviceAndRemovesIt) {
  postest::TempDir dir;
  // Keeps its arguments, the file it was given and a copy of that file.
  const auto script = dir.write("bin/aplay",
                                "#!/bin/sh\nhere=\"$(dirname \"$0\")\"\necho \"$@\" > \"$here/args\"\n"
                                "for last; do :; done\necho \"$last\" > \"$here/file\"\ncp \"$last\" \"$here/got.wav\"\n");
  ASSERT_EQ(::chmod(script.c_str(), 0755), 0);
  weighing::AplayOutput output("/nonexistent:" + (dir / "bin").string(), "plughw:1");
  ASSERT_TRUE(output.ready());
  auto played = output.play(someSpeech(), "zh");
  ASSERT_TRUE(played) << played.error();
  EXPECT_THAT(played.value(), HasSubstr(R"("lang":"zh")"));
  const auto wav = weighing::wavBytes(someSpeech());
  EXPECT_EQ(postest::readFile(dir / "bin" / "got.wav"), std::string(wav.begin(), wav.end()));
  auto file = postest::readFile(dir / "bin" / "file");
  ASSERT_FALSE(file.empty());
  file.pop_back();
  EXPECT_EQ(postest::readFile(dir / "bin" / "args"), "-q -D plughw:1 " + file + "\n");
  EXPECT_FALSE(std::filesystem::exists(file)) << "the prompt's file is removed once played";
}

TEST(AplayOutput, APlayerThatFailsIsReportedWithWhatItSaid) {
  postest::TempDir dir;
  const auto script = dir.write("bin/aplay", "#!/bin/sh\ncat > /dev/null\necho 'no soundcards found' >&2\nexit 1\n");
  ASSERT_EQ(::chmod(script.c_str(), 0755), 0);
  weighing::AplayOutput output((dir / "bin").string(), "");
  auto played = output.play(someSpeech(), "en");
  EXPECT_THAT(played.error(), HasSubstr("failed (exit 1): no soundcards found"));
}

// A player that gives up before reading its input (no sound card) is still waited for and heard.
TEST(AplayOutput, APlayerThatQuitsWithoutReadingIsReportedAndWaitedFor) {
  postest::TempDir dir;
  const auto script = dir.write("bin/aplay", "#!/bin/sh\nexec 0<&-\necho 'no soundcards found' >&2\nexit 1\n");
  ASSERT_EQ(::chmod(script.c_str(), 0755), 0);
  weighing::AplayOutput output((dir / "bin").string(), "");
  // Longer than a pipe holds, as a spoken prompt is: it could never be handed over unread.
  const weighing::Speech prompt{22050, std::vector<std::int16_t>(100'000, 700)};
  auto played = output.play(prompt, "en");
  EXPECT_THAT(played.error(), HasSubstr("failed (exit 1): no soundcards found"));
  EXPECT_LE(::waitpid(-1, nullptr, WNOHANG), 0) << "no player is left behind unwaited";
}

TEST(FindProgram, SkipsFilesThatAreNotExecutable) {
  postest::TempDir dir;
  dir.write("a/aplay", "not executable");
  const auto b = dir.write("b/aplay", "#!/bin/sh\n");
  ASSERT_EQ(::chmod(b.c_str(), 0755), 0);
  auto found = weighing::findProgram("aplay", (dir / "a").string() + "::" + (dir / "b").string());
  ASSERT_TRUE(found) << found.error();
  EXPECT_EQ(found.value(), b.string());
  EXPECT_THAT(weighing::findProgram("aplay", "").error(), HasSubstr("an empty PATH"));
}

}  // namespace
