#pragma once

// What the lane says aloud, always in Chinese and then in English whatever the screen's language,
// since the customer at the exit may read neither.
namespace weighing::exit {

struct SpokenPrompt {
  const char* zh;
  const char* en;
};

inline constexpr SpokenPrompt kThankYou{"谢谢光临，欢迎再来。", "Thank you, and goodbye."};
inline constexpr SpokenPrompt kCheckItems{"请检查您的商品。", "Please check your items."};
inline constexpr SpokenPrompt kAttendantComing{"请稍候，工作人员马上到。", "Please wait, an attendant is on the way."};

}  // namespace weighing::exit
