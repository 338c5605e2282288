#include "driver/sound_device.hpp"

#include "driver/device_json.hpp"
#include "driver/speech_synthesizer.hpp"

namespace weighing {

SoundDevice::SoundDevice(std::unique_ptr<possdk::Transport> transport) : transport_(std::move(transport)) {}

SoundDevice::~SoundDevice() { close(); }

possdk::Status SoundDevice::open(possdk::DeviceEventSink sink) {
  auto output = soundOutputFor(info());
  if (!output) return possdk::Status::fail(output.error());
  output_ = std::move(output.value());
  sink_ = std::move(sink);
  if (!transport_->isOpen()) {
    if (auto s = transport_->open(); !s) return s;
  }
  worker_.start();
  return possdk::Status::ok();
}

void SoundDevice::close() {
  worker_.stop();
  if (transport_->isOpen()) transport_->close();
}

possdk::Status SoundDevice::execute(const std::string& command, const std::string& argsJson) {
  const std::string device = "sound " + info().id;
  if (command != "say") return possdk::Status::fail(device + ": unknown command '" + command + "'; it knows: say");
  auto args = commandArgs(device, command, argsJson);
  if (!args) return possdk::Status::fail(args.error());
  const auto& o = args.value();
  const auto text = o->has("text") && o->get("text").isString() ? o->getValue<std::string>("text") : std::string();
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return possdk::Status::fail(device + " say: \"text\" is missing or blank; send {\"text\":\"...\",\"lang\":\"zh\"}");
  }
  if (text.size() > kLongestText) {
    return possdk::Status::fail(device + " say: \"text\" has " + std::to_string(text.size()) + " bytes, at most " +
                                std::to_string(kLongestText) + " are spoken; shorten the prompt");
  }
  const auto lang = o->has("lang") && o->get("lang").isString() ? o->getValue<std::string>("lang") : std::string();
  const auto voice = voiceForLanguage(lang);
  if (!voice) {
    return possdk::Status::fail(device + " say: \"lang\" is '" + lang + "', expected \"zh\" or \"en\"");
  }
  if (!output_) return possdk::Status::fail(device + ": not open; claim the device before saying anything");
  if (auto s = output_->ready(); !s) return possdk::Status::fail(device + ": " + s.error());
  if (!worker_.post([this, text, lang, v = *voice] { say(text, lang, v); })) {
    return possdk::Status::fail(device + ": not open; claim the device before saying anything");
  }
  return possdk::Status::ok();
}

void SoundDevice::say(const std::string& text, const std::string& lang, const std::string& voice) {
  auto speech = SpeechSynthesizer::shared().synthesize(text, voice);
  auto played = speech ? output_->play(speech.value(), lang) : possdk::Result<std::string>::fail(speech.error());
  if (played) {
    emit(possdk::DeviceEventKind::StatusUpdate, "sound.played", played.value());
    return;
  }
  Poco::JSON::Object payload;
  payload.set("message", played.error());
  emit(possdk::DeviceEventKind::Error, "sound.failed", jsonText(payload));
}

void SoundDevice::emit(possdk::DeviceEventKind kind, const std::string& name, const std::string& payload) {
  if (sink_) sink_({info().id, kind, name, payload});
}

}  // namespace weighing
