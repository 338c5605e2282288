# Extracts every message of the host's domain "pos" and checks the zh_CN catalog translates each:
#   - the shell's one-argument tr("...") (two-argument calls name another domain), under SHELL_SOURCES;
#   - the counter's CounterText::say("...") under COUNTER_SOURCES, and LaneCounter's fail("...")
#     helper, which says its msgid the same way, in the lane_counter*.cpp files that hold LaneCounter
#     (elsewhere in the counter, Status::fail carries English for plugin authors and installers);
#   - the self-checkout's and the SMS receipt's say("...") under SELFCHECKOUT_SOURCES and
#     SMS_SOURCES, and SelfCheckoutSession's fail("...") in its self_checkout_session*.cpp files
#     (elsewhere there, Status::fail carries English for installers).
cmake_minimum_required(VERSION 3.25)
file(GLOB_RECURSE shell_sources "${SHELL_SOURCES}/*.cpp")
file(GLOB counter_sources "${COUNTER_SOURCES}/*.cpp")
file(GLOB lane_counter_sources "${COUNTER_SOURCES}/lane_counter*.cpp")
file(MAKE_DIRECTORY "${OUT}")
set(pot "${OUT}/pos.pot")
file(REMOVE "${pot}")

function(extract keyword)
  set(join)
  if(EXISTS "${pot}")
    set(join --join-existing)
  endif()
  execute_process(COMMAND "${XGETTEXT}" --language=C++ --keyword=${keyword} --from-code=UTF-8 ${join} -o "${pot}" ${ARGN}
                  RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "xgettext failed: ${err}")
  endif()
endfunction()

extract(tr:1,1t ${shell_sources})
extract(say:1 ${counter_sources})
extract(fail:1 ${lane_counter_sources})
foreach(folder "${SELFCHECKOUT_SOURCES}" "${SMS_SOURCES}")
  file(GLOB customer_sources "${folder}/*.cpp")
  file(GLOB session_sources "${folder}/self_checkout_session*.cpp")
  extract(say:1 ${customer_sources})
  if(session_sources)
    extract(fail:1 ${session_sources})
  endif()
endforeach()

execute_process(COMMAND "${MSGCMP}" "${PO}" "${pot}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PO} lacks translations the lane shows:\n${err}")
endif()
