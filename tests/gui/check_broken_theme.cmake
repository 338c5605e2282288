# Starts the shell with a theme whose background is not a colour. It must come up anyway (exit 0,
# a screenshot), fall back to the built-in theme, and name the file and the field in its warning.
# Then a theme whose logo cannot be decoded: the lane comes up and says so.
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
# None of the broken theme was applied: the window is the built-in theme's colour, exactly.
builtin_background("${BUILTIN_THEME_SOURCE}" builtin_bg)
dominant_colour("${OUT}/fallback.png" got_bg)
if(NOT got_bg STREQUAL builtin_bg)
  message(FATAL_ERROR "the shell did not fall back to the built-in theme: background ${got_bg}, not ${builtin_bg}")
endif()
message("fell back: background ${got_bg}\n${err}")

# A logo with a PNG signature and garbage after it: wx cannot decode it. The shell must neither
# stop on a modal error dialog (--screenshot would never exit) nor hide the problem.
set(logo_dir "${OUT}/bad-logo")
file(READ "${THEMES}/classic/theme.json" classic_json)
file(WRITE "${logo_dir}/theme.json" "${classic_json}")
string(ASCII 137 80 78 71 13 10 26 10 signature)
file(WRITE "${logo_dir}/logo.png" "${signature}this is not a picture, only its first eight bytes are")
execute_process(
  COMMAND "${XVFB_RUN}" -a -s "-screen 0 1280x800x24" "${POS}" --data-dir "${OUT}/data" --plugins "${OUT}/no-plugins"
          --theme "${logo_dir}" --mode self-checkout --size 800x600 --screenshot "${OUT}/bad-logo.png"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 40)
if(NOT rc EQUAL 0 OR NOT EXISTS "${OUT}/bad-logo.png")
  message(FATAL_ERROR "pos did not come up with an unreadable logo (exit ${rc}):\n${out}\n${err}")
endif()
string(FIND "${err}" "${logo_dir}/logo.png" named)
if(named EQUAL -1)
  message(FATAL_ERROR "the log does not name the unreadable logo:\n${err}")
endif()
require_warning_bar("${THEMES}" "${OUT}/bad-logo.png" "the unreadable logo")
message("${err}")
