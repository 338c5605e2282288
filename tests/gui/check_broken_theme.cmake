# Starts the shell with a theme whose background is not a colour. It must come up anyway (exit 0,
# a screenshot), fall back to the built-in theme, and name the file and the field in its warning.
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/image_checks.cmake")

file(REMOVE_RECURSE "${OUT}")
set(theme_dir "${OUT}/broken")
file(READ "${THEMES}/classic/theme.json" json)
string(JSON json SET "${json}" palette background "\"not-a-colour\"")
file(WRITE "${theme_dir}/theme.json" "${json}")
file(COPY "${THEMES}/classic/logo.png" DESTINATION "${theme_dir}")

execute_process(
  COMMAND "${XVFB_RUN}" -a -s "-screen 0 1280x800x24" "${POS}" --data-dir "${OUT}/data" --plugins "${OUT}/no-plugins"
          --theme "${theme_dir}" --size 800x600 --screenshot "${OUT}/fallback.png"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pos did not run with a broken theme (exit ${rc}):\n${out}\n${err}")
endif()
if(NOT EXISTS "${OUT}/fallback.png")
  message(FATAL_ERROR "pos wrote no screenshot with a broken theme:\n${out}\n${err}")
endif()
foreach(expected "${theme_dir}/theme.json" "palette.background" "built-in theme")
  string(FIND "${err}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the shell's warning does not mention '${expected}':\n${err}")
  endif()
endforeach()
# The broken theme's other colours must not have been applied: the window is not classic's.
theme_background("${THEMES}" classic classic_bg)
dominant_colour("${OUT}/fallback.png" got_bg)
if(got_bg STREQUAL classic_bg)
  message(FATAL_ERROR "the broken theme was applied in part: background ${got_bg}")
endif()
message("fell back: background ${got_bg}\n${err}")
