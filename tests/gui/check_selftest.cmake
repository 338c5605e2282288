# Runs `pos --demo --selftest` under Xvfb, then checks its screenshots from outside the shell:
# each exists at the requested size, its main colour is the background of the theme that step
# switched to, and the mode and language switches changed what is on screen.
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/image_checks.cmake")
set(size 1024x720)

file(REMOVE_RECURSE "${OUT}")
execute_process(
  COMMAND "${XVFB_RUN}" -a -s "-screen 0 1280x800x24" "${POS}" --demo --size ${size} --selftest "${OUT}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pos --selftest failed (exit ${rc}):\n${out}\n${err}")
endif()

theme_background("${THEMES}" classic classic_bg)
theme_background("${THEMES}" self-checkout lane_bg)
set(steps
  "01-counter|${classic_bg}|"
  "02-self-checkout-mode|${classic_bg}|01-counter"
  "03-self-checkout-theme|${lane_bg}|02-self-checkout-mode"
  "04-language-zh_CN|${lane_bg}|03-self-checkout-theme"
  "05-plugins|${lane_bg}|04-language-zh_CN"
  "06-plugin-screen|${lane_bg}|05-plugins")

set(problems "")
foreach(step IN LISTS steps)
  string(REPLACE "|" ";" fields "${step}")
  list(GET fields 0 name)
  list(GET fields 1 background)
  list(GET fields 2 previous)
  set(png "${OUT}/${name}.png")
  set(changed "-")
  if(NOT EXISTS "${png}")
    string(APPEND problems "${name}.png is missing\n")
    continue()
  endif()
  image_size("${png}" got_size)
  if(NOT got_size STREQUAL size)
    string(APPEND problems "${name}.png is ${got_size}, expected ${size}\n")
  endif()
  dominant_colour("${png}" got_bg)
  if(NOT got_bg STREQUAL background)
    string(APPEND problems "${name}.png is mostly ${got_bg}, expected the theme background ${background}\n")
  endif()
  if(previous)
    differing_pixels("${OUT}/${previous}.png" "${png}" changed)
    if(NOT changed GREATER 0)
      string(APPEND problems "${name}.png is the same as ${previous}.png: the switch did not show\n")
    endif()
  endif()
  message("${name}.png: ${got_size}, background ${got_bg}, ${changed} pixels changed")
endforeach()

if(problems)
  message(FATAL_ERROR "screenshots in ${OUT}:\n${problems}")
endif()
