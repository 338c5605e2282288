# A plugin that takes the process down during init: the first start dies, the next one comes up
# in safe mode with that plugin quarantined, says so in the log, and shows the notice in the
# warning bar (a band of the theme's warning colour in the screenshot).
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/image_checks.cmake")

file(REMOVE_RECURSE "${OUT}")
file(COPY "${TEST_PLUGINS}/init_crashes" "${TEST_PLUGINS}/good_base" DESTINATION "${OUT}/plugins")
set(run "${XVFB_RUN}" -a -s "-screen 0 1280x800x24" "${POS}" --plugins "${OUT}/plugins" --data-dir "${OUT}/data"
        --theme classic --size 800x600)

execute_process(COMMAND ${run} --screenshot "${OUT}/crashed.png" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(rc EQUAL 0)
  message(FATAL_ERROR "the crashing plugin did not take the first start down; nothing to recover from")
endif()

execute_process(COMMAND ${run} --screenshot "${OUT}/safe-mode.png" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the lane did not come up in safe mode (exit ${rc}):\n${out}\n${err}")
endif()
string(FIND "${err}" "init_crashes" named)
if(named EQUAL -1)
  message(FATAL_ERROR "the log does not name the quarantined plugin:\n${err}")
endif()

require_warning_bar("${THEMES}" "${OUT}/safe-mode.png" "the quarantined plugin")
message("${err}")
