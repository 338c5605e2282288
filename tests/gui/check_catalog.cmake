# Extracts every one-argument tr("...") of the shell's sources (the host's domain; two-argument calls
# name another domain) and checks the zh_CN catalog translates each.
cmake_minimum_required(VERSION 3.25)
file(GLOB_RECURSE sources "${SOURCES}/*.cpp")
file(MAKE_DIRECTORY "${OUT}")
execute_process(COMMAND "${XGETTEXT}" --language=C++ --keyword=tr:1,1t --from-code=UTF-8 -o "${OUT}/pos.pot" ${sources}
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "xgettext failed: ${err}")
endif()
execute_process(COMMAND "${MSGCMP}" "${PO}" "${OUT}/pos.pot" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PO} lacks translations the shell uses:\n${err}")
endif()
