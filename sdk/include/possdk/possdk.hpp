#pragma once
// The whole SDK in one include.
#include "possdk/abi.hpp"
#include "possdk/host.hpp"
#include "possdk/plugin.hpp"
#include "possdk/screen.hpp"
#include "possdk/ui_event.hpp"
