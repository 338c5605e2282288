#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace possdk {

enum class UiEventKind { Pressed, Submitted, Changed, Touched, Closed };

struct TouchPoint {
  int id = 0;  // finger or contact id
  int x = 0;   // in pixels of the touch pad element, origin top left
  int y = 0;
};

struct UiEvent {
  std::string screen;
  std::string element;
  UiEventKind kind = UiEventKind::Pressed;
  std::string value;                // entered text, amount in minor units, or row index
  std::vector<TouchPoint> touches;  // for Touched
};

}  // namespace possdk
