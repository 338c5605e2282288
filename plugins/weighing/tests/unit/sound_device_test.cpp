// The sound device: espeak-ng prompts in Chinese and English written as WAV files by the
// simulator output, checked by reading the RIFF header back; bad arguments answer specific errors.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <cstring>
#include <filesystem>

#include "driver/sound_device.hpp"
#include "driver/sound_driver.hpp"
#include "fake_device_io.hpp"
#include "temp_dir.hpp"

namespace {

using ::testing::HasSubstr;
using weightest::EventLog;
using weightest::FakeTransport;

std::uint32_t le32(const std::string& b, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
  return v;
}
std::uint16_t le16(const std::string& b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | (static_cast<unsigned char>(b[at + 1]) << 8));
}

// A WAV file as read back from disk, independent of the code that wrote it.
struct Wav {
  std::uint16_t format = 0, channels = 0, bits = 0;
  std::uint32_t rate = 0;
  std::vector<std::int16_t> samples;
};

Wav readWav(const std::filesystem::path& file) {
  const auto b = postest::readFile(file);
  EXPECT_GE(b.size(), 44u);
  if (b.size() < 44) return {};
  EXPECT_EQ(b.substr(0, 4), "RIFF");
  EXPECT_EQ(le32(b, 4), b.size() - 8);
  EXPECT_EQ(b.substr(8, 4), "WAVE");
  EXPECT_EQ(b.substr(12, 4), "fmt ");
  EXPECT_EQ(le32(b, 16), 16u);
  Wav wav{le16(b, 20), le16(b, 22), le16(b, 34), le32(b, 24), {}};
  EXPECT_EQ(le32(b, 28), wav.rate * 2);  // byte rate of 16-bit mono
  EXPECT_EQ(le16(b, 32), 2u);            // block align
  EXPECT_EQ(b.substr(36, 4), "data");
  EXPECT_EQ(le32(b, 40), b.size() - 44);
  wav.samples.resize((b.size() - 44) / 2);
  std::memcpy(wav.samples.data(), b.data() + 44, wav.samples.size() * 2);
  return wav;
}

std::size_t loudSamples(const Wav& wav) {
  std::size_t loud = 0;
  for (auto s : wav.samples) loud += (s > 1000 || s < -1000) ? 1 : 0;
  return loud;
}

class Sound : public ::testing::Test {
 protected:
  void SetUp() override { make({{"dir", (dir / "prompts").string()}}); }
  void make(std::map<std::string, std::string> params) {
    possdk::DeviceInfo info;
    info.id = "sim:sound";
    info.transport = possdk::TransportKind::Simulator;
    info.params = std::move(params);
    device = std::make_unique<weighing::SoundDevice>(std::make_unique<FakeTransport>(std::move(info)));
  }
  // Says `argsJson` and waits for the event it brings.
  possdk::DeviceEvent say(const std::string& argsJson) {
    const auto before = log.size();
    auto s = device->execute("say", argsJson);
    EXPECT_TRUE(s) << s.error();
    EXPECT_TRUE(log.waitFor(before + 1));
    return log.events().at(before);
  }
  static std::string fileOf(const possdk::DeviceEvent& e) {
    auto o = Poco::JSON::Parser().parse(e.payload).extract<Poco::JSON::Object::Ptr>();
    return o->getValue<std::string>("file");
  }

  postest::TempDir dir;
  EventLog log;
  std::unique_ptr<weighing::SoundDevice> device;
};

TEST_F(Sound, ChineseAndEnglishPromptsBecomeNumberedValidNonSilentWavFiles) {
  ASSERT_TRUE(device->open(log.sink()));
  const auto zh = say(R"({"text":"请将商品放入购物袋","lang":"zh"})");
  const auto en = say(R"({"text":"Please put the item in the bag","lang":"en"})");
  EXPECT_EQ(zh.name, "sound.played");
  EXPECT_EQ(zh.kind, possdk::DeviceEventKind::StatusUpdate);
  EXPECT_EQ(fileOf(zh), (dir / "prompts" / "1-zh.wav").string());
  EXPECT_EQ(fileOf(en), (dir / "prompts" / "2-en.wav").string());
  for (const auto& e : {zh, en}) {
    const auto wav = readWav(fileOf(e));
    EXPECT_EQ(wav.format, 1u);
    EXPECT_EQ(wav.channels, 1u);
    EXPECT_EQ(wav.bits, 16u);
    EXPECT_EQ(wav.rate, 22050u);  // espeak-ng's rate
    EXPECT_GT(wav.samples.size(), wav.rate / 4) << e.payload;
    EXPECT_GT(loudSamples(wav), wav.samples.size() / 10) << e.payload;
  }
}

TEST_F(Sound, LongerTextGivesALongerPrompt) {
  ASSERT_TRUE(device->open(log.sink()));
  const auto shortWav = readWav(fileOf(say(R"({"text":"OK","lang":"en"})")));
  const auto longWav =
      readWav(fileOf(say(R"({"text":"The weight of your bag does not match your order, please wait","lang":"en"})")));
  EXPECT_GT(longWav.samples.size(), 3 * shortWav.samples.size());
  const auto shortZh = readWav(fileOf(say(R"({"text":"好","lang":"zh"})")));
  const auto longZh = readWav(fileOf(say(R"({"text":"您的购物袋重量与订单不符，请稍候，工作人员马上就到","lang":"zh"})")));
  EXPECT_GT(longZh.samples.size(), 3 * shortZh.samples.size());
}

TEST_F(Sound, NumberingGoesOnAfterFilesAlreadyInTheFolder) {
  dir.write("prompts/7-en.wav", "old");
  dir.write("prompts/notes.txt", "x");
  make({{"dir", (dir / "prompts").string()}});
  ASSERT_TRUE(device->open(log.sink()));
  EXPECT_EQ(fileOf(say(R"({"text":"next","lang":"en"})")), (dir / "prompts" / "8-en.wav").string());
  EXPECT_EQ(postest::readFile(dir / "prompts" / "7-en.wav"), "old");
}

TEST_F(Sound, BadArgumentsAnswerSpecificErrorsAndSayNothing) {
  ASSERT_TRUE(device->open(log.sink()));
  EXPECT_THAT(device->execute("say", R"({"lang":"en"})").error(), HasSubstr("\"text\" is missing or blank"));
  EXPECT_THAT(device->execute("say", R"({"text":"  ","lang":"en"})").error(), HasSubstr("\"text\" is missing or blank"));
  EXPECT_THAT(device->execute("say", R"({"text":42,"lang":"en"})").error(), HasSubstr("\"text\" is missing or blank"));
  EXPECT_THAT(device->execute("say", R"({"text":"hi","lang":"fr"})").error(),
              HasSubstr("\"lang\" is 'fr', expected \"zh\" or \"en\""));
  EXPECT_THAT(device->execute("say", R"({"text":"hi"})").error(), HasSubstr("\"lang\" is '', expected"));
  const std::string tooLong = R"({"text":")" + std::string(501, 'a') + R"(","lang":"en"})";
  EXPECT_THAT(device->execute("say", tooLong).error(), HasSubstr("has 501 bytes, at most 500"));
  EXPECT_THAT(device->execute("say", "not json").error(), HasSubstr("not valid JSON"));
  EXPECT_THAT(device->execute("ring", "{}").error(), HasSubstr("unknown command 'ring'; it knows: say"));
  EXPECT_EQ(log.size(), 0u);
  EXPECT_FALSE(std::filesystem::exists(dir / "prompts" / "1-en.wav"));
}

TEST_F(Sound, SayingBeforeOpenIsRefused) {
  EXPECT_THAT(device->execute("say", R"({"text":"hi","lang":"en"})").error(), HasSubstr("not open"));
}

TEST_F(Sound, ParamsMustNameExactlyOneOutput) {
  make({});
  EXPECT_THAT(device->open(log.sink()).error(), HasSubstr("needs params.dir"));
  make({{"dir", "x"}, {"output", "aplay"}});
  EXPECT_THAT(device->open(log.sink()).error(), HasSubstr("exactly one of them"));
  make({{"output", "speaker"}});
  EXPECT_THAT(device->open(log.sink()).error(), HasSubstr("params.output \"aplay\""));
}

TEST_F(Sound, AnUnusableFolderIsReportedWhenSaying) {
  dir.write("blocked", "a file where the folder should be");
  make({{"dir", (dir / "blocked").string()}});
  ASSERT_TRUE(device->open(log.sink()));
  EXPECT_THAT(device->execute("say", R"({"text":"hi","lang":"en"})").error(),
              HasSubstr("cannot use the folder " + (dir / "blocked").string()));
}

TEST(SoundDriver, MatchesSoundSimulatorsOnly) {
  weighing::SoundDriver driver;
  possdk::DeviceInfo info;
  info.id = "sim:sound-exit";
  info.transport = possdk::TransportKind::Simulator;
  EXPECT_TRUE(driver.matches(info));
  info.id = "sim:scale";
  EXPECT_FALSE(driver.matches(info));
  info.id = "serial:/dev/sound";
  info.transport = possdk::TransportKind::Serial;
  EXPECT_FALSE(driver.matches(info));
}

}  // namespace
