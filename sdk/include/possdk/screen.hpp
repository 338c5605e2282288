#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace possdk {

// The fixed set of elements a plugin screen is built from. The shell renders them with the active
// theme; plugins never touch the toolkit (DESIGN decision 1).
enum class ElementKind {
  Text,         // text; style "title", "large", "muted" or empty
  Image,        // source: a file path (PNG) relative to the plugin folder or absolute
  Video,        // source: a camera device id; frames arrive from the device, not from the plugin
  Button,       // text: label; style "primary", "danger" or empty; raises Pressed
  Keypad,       // numeric entry; unit "minor" shows an amount in minor units, "digits" keeps leading
                //   zeros (ids), "pin" keeps them and masks every digit; raises Submitted
  TextEntry,    // text: placeholder; raises Submitted with the entered text
  Table,        // columns and rows; raises Pressed with the row index as value when a row is chosen
  TouchPad,     // a surface that raises Touched with every touch point
  WeightGauge,  // value: grams now; min..max: the accepted band; text: caption
  Alert,        // text; level says how serious
};

enum class AlertLevel { Info, Success, Warning, Error };

struct Element {
  ElementKind kind = ElementKind::Text;
  std::string id;
  std::string text;
  std::string style;
  std::string source;
  std::string unit;
  std::int64_t value = 0;
  std::int64_t min = 0;
  std::int64_t max = 0;
  AlertLevel level = AlertLevel::Info;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  bool enabled = true;
};

struct Screen {
  std::string id;  // unique within the plugin
  std::string title;
  std::vector<Element> elements;

  Screen& add(Element e) {
    elements.push_back(std::move(e));
    return *this;
  }
};

// Builders, so a screen reads as a list of what is on it.
namespace ui {
inline Element text(std::string id, std::string text, std::string style = {}) {
  Element e;
  e.kind = ElementKind::Text;
  e.id = std::move(id);
  e.text = std::move(text);
  e.style = std::move(style);
  return e;
}
inline Element button(std::string id, std::string label, std::string style = {}) {
  Element e = text(std::move(id), std::move(label), std::move(style));
  e.kind = ElementKind::Button;
  return e;
}
inline Element image(std::string id, std::string source) {
  Element e;
  e.kind = ElementKind::Image;
  e.id = std::move(id);
  e.source = std::move(source);
  return e;
}
inline Element video(std::string id, std::string cameraDeviceId) {
  Element e = image(std::move(id), std::move(cameraDeviceId));
  e.kind = ElementKind::Video;
  return e;
}
inline Element keypad(std::string id, std::string caption, std::string unit = {}) {
  Element e = text(std::move(id), std::move(caption));
  e.kind = ElementKind::Keypad;
  e.unit = std::move(unit);
  return e;
}
inline Element textEntry(std::string id, std::string placeholder) {
  Element e = text(std::move(id), std::move(placeholder));
  e.kind = ElementKind::TextEntry;
  return e;
}
inline Element table(std::string id, std::vector<std::string> columns,
                     std::vector<std::vector<std::string>> rows) {
  Element e;
  e.kind = ElementKind::Table;
  e.id = std::move(id);
  e.columns = std::move(columns);
  e.rows = std::move(rows);
  return e;
}
inline Element touchPad(std::string id, std::string caption) {
  Element e = text(std::move(id), std::move(caption));
  e.kind = ElementKind::TouchPad;
  return e;
}
inline Element weightGauge(std::string id, std::string caption, std::int64_t grams,
                           std::int64_t minGrams, std::int64_t maxGrams) {
  Element e = text(std::move(id), std::move(caption));
  e.kind = ElementKind::WeightGauge;
  e.value = grams;
  e.min = minGrams;
  e.max = maxGrams;
  e.unit = "g";
  return e;
}
inline Element alert(std::string id, std::string text, AlertLevel level) {
  Element e = possdk::ui::text(std::move(id), std::move(text));
  e.kind = ElementKind::Alert;
  e.level = level;
  return e;
}
}  // namespace ui

}  // namespace possdk
