# Run by ctest: cmake -DPOS_BINARY_DIR=... -DTEMPLATE_DIR=... -DWORK_DIR=... -DPOSCTL=... -P this
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")
run("${CMAKE_COMMAND}" --install "${POS_BINARY_DIR}" --prefix "${prefix}" --component sdk)
if(NOT EXISTS "${prefix}/include/possdk/plugin.hpp")
  message(FATAL_ERROR "the SDK install has no include/possdk/plugin.hpp")
endif()

# A copy of the template, as a vendor would start from it, built against the installed SDK only.
file(COPY "${TEMPLATE_DIR}/" DESTINATION "${WORK_DIR}/vendor_plugin")
run("${CMAKE_COMMAND}" -S "${WORK_DIR}/vendor_plugin" -B "${WORK_DIR}/build" -G "${GENERATOR}"
    "-DCMAKE_PREFIX_PATH=${prefix}" -DCMAKE_BUILD_TYPE=Release)
run("${CMAKE_COMMAND}" --build "${WORK_DIR}/build")
run("${POSCTL}" plugins inspect "${WORK_DIR}/build/plugins/hello")
if(NOT last_output MATCHES "OK hello 1.0.0")
  message(FATAL_ERROR "posctl did not accept the out-of-tree plugin:\n${last_output}")
endif()
message(STATUS "out-of-tree plugin accepted: ${last_output}")
