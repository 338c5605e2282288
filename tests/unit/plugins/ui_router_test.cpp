#include "poscore/ui/ui_router.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "lane_fixture.hpp"

namespace {

TEST(UiRouter, ScreensAndActionsStayWithTheirPlugin) {
  postest::RecordingUi backend;
  poscore::UiRouter router(backend);
  auto a = router.facadeFor("points");
  auto b = router.facadeFor("face");
  int pressedA = 0, pressedB = 0, triggered = 0;
  a->onEvent("main", [&](const possdk::UiEvent&) { ++pressedA; });
  b->onEvent("main", [&](const possdk::UiEvent&) { ++pressedB; });
  a->addAction({"redeem", "Redeem", "F7", {"counter"}, [&] { ++triggered; }});
  a->show(possdk::Screen{"main", "Points", {}});

  possdk::UiEvent e;
  e.screen = "main";
  EXPECT_TRUE(router.dispatch("face", e));
  EXPECT_EQ(pressedA, 0);
  EXPECT_EQ(pressedB, 1);
  EXPECT_FALSE(router.dispatch("coupon_kiosk", e));
  EXPECT_TRUE(router.trigger("points", "redeem"));
  EXPECT_FALSE(router.trigger("face", "redeem"));
  EXPECT_EQ(triggered, 1);
  ASSERT_EQ(backend.shown.size(), 1u);
  EXPECT_EQ(backend.shown[0].plugin, "points");
  EXPECT_EQ(backend.actions[0], (std::pair<std::string, std::string>{"points", "redeem"}));
}

TEST(UiRouter, AThrowingHandlerDoesNotReachTheShell) {
  postest::RecordingUi backend;
  poscore::UiRouter router(backend);
  auto ui = router.facadeFor("points");
  ui->onEvent("main", [](const possdk::UiEvent&) { throw std::runtime_error("member table locked"); });
  ui->addAction({"boom", "Boom", "", {}, [] { throw 42; }});
  possdk::UiEvent e;
  e.screen = "main";
  EXPECT_NO_THROW(EXPECT_TRUE(router.dispatch("points", e)));
  EXPECT_NO_THROW(EXPECT_TRUE(router.trigger("points", "boom")));
}

TEST(UiRouter, AHandlerMayReplaceItsOwnRegistrationWhileRunning) {
  postest::RecordingUi backend;
  poscore::UiRouter router(backend);
  auto ui = router.facadeFor("points");
  int calls = 0;
  std::function<void(const possdk::UiEvent&)> handler = [&](const possdk::UiEvent&) {
    ++calls;
    std::string padding(1000, 'x');  // a capture large enough to live on the heap
    ui->onEvent("main", [&, padding](const possdk::UiEvent&) { calls += 10 + static_cast<int>(padding.size() * 0); });
  };
  ui->onEvent("main", handler);
  possdk::UiEvent e;
  e.screen = "main";
  EXPECT_TRUE(router.dispatch("points", e));
  EXPECT_TRUE(router.dispatch("points", e));
  EXPECT_EQ(calls, 11);
}

TEST(UiRouter, ForgettingAPluginDropsItsHandlersAndTellsTheBackend) {
  postest::RecordingUi backend;
  poscore::UiRouter router(backend);
  auto ui = router.facadeFor("points");
  ui->onEvent("main", [](const possdk::UiEvent&) {});
  ui->addAction({"redeem", "Redeem", "F7", {}, [] {}});
  router.forget("points");
  possdk::UiEvent e;
  e.screen = "main";
  EXPECT_FALSE(router.dispatch("points", e));
  EXPECT_FALSE(router.trigger("points", "redeem"));
  EXPECT_EQ(backend.removed, std::vector<std::string>{"points"});
}

}  // namespace
