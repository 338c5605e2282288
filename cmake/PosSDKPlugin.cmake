# pos_add_plugin(<id> SOURCES <files...> MANIFEST <plugin.json> [PO_DIR <dir>] [ASSETS <files...>]
#                [OUTPUT_DIR <dir>] [LIBRARIES <targets...>])
#
# Builds a plugin as a shared module named after its id, with hidden visibility, and lays out its
# folder as the host discovers it: <OUTPUT_DIR>/<id>/{plugin.json, lib<id>.so, locale/<lang>/
# LC_MESSAGES/<id>.mo, assets}. PO_DIR holds one <lang>.po per language. Installs the same folder
# under lib/pos/plugins/<id>.
include(GNUInstallDirs)

function(pos_add_plugin id)
  cmake_parse_arguments(P "" "MANIFEST;PO_DIR;OUTPUT_DIR" "SOURCES;ASSETS;LIBRARIES" ${ARGN})
  if(NOT id MATCHES "^[a-z][a-z0-9_]+$")
    message(FATAL_ERROR "pos_add_plugin: id '${id}' must be lower case letters, digits and '_'")
  endif()
  if(NOT P_SOURCES OR NOT P_MANIFEST)
    message(FATAL_ERROR "pos_add_plugin(${id}): SOURCES and MANIFEST are required")
  endif()
  if(NOT P_OUTPUT_DIR)
    if(POS_PLUGIN_OUTPUT_DIR)
      set(P_OUTPUT_DIR "${POS_PLUGIN_OUTPUT_DIR}")
    else()
      set(P_OUTPUT_DIR "${CMAKE_BINARY_DIR}/plugins")
    endif()
  endif()
  set(dir "${P_OUTPUT_DIR}/${id}")
  set(target "pos_plugin_${id}")

  add_library(${target} MODULE ${P_SOURCES})
  target_link_libraries(${target} PRIVATE PosSDK::possdk ${P_LIBRARIES})
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME "${id}"
    LIBRARY_OUTPUT_DIRECTORY "${dir}"
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  if(NOT POS_SANITIZE)
    target_link_options(${target} PRIVATE "LINKER:--no-undefined")
  endif()

  get_filename_component(manifest "${P_MANIFEST}" ABSOLUTE)
  configure_file("${manifest}" "${dir}/plugin.json" COPYONLY)
  set(install_dir "${CMAKE_INSTALL_LIBDIR}/pos/plugins/${id}")
  install(TARGETS ${target} LIBRARY DESTINATION "${install_dir}")
  install(FILES "${manifest}" DESTINATION "${install_dir}" RENAME plugin.json)

  foreach(asset IN LISTS P_ASSETS)
    get_filename_component(asset_abs "${asset}" ABSOLUTE)
    get_filename_component(asset_name "${asset}" NAME)
    configure_file("${asset_abs}" "${dir}/${asset_name}" COPYONLY)
    install(FILES "${asset_abs}" DESTINATION "${install_dir}")
  endforeach()

  if(P_PO_DIR)
    find_program(MSGFMT_PROGRAM msgfmt REQUIRED)
    file(GLOB po_files CONFIGURE_DEPENDS "${P_PO_DIR}/*.po")
    set(mo_files "")
    foreach(po IN LISTS po_files)
      get_filename_component(lang "${po}" NAME_WE)
      set(mo "${dir}/locale/${lang}/LC_MESSAGES/${id}.mo")
      add_custom_command(OUTPUT "${mo}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${dir}/locale/${lang}/LC_MESSAGES"
        COMMAND "${MSGFMT_PROGRAM}" --check-format --check-domain -o "${mo}" "${po}"
        DEPENDS "${po}" VERBATIM)
      list(APPEND mo_files "${mo}")
      install(FILES "${mo}" DESTINATION "${install_dir}/locale/${lang}/LC_MESSAGES")
    endforeach()
    add_custom_target(${target}_catalogs ALL DEPENDS ${mo_files})
    add_dependencies(${target} ${target}_catalogs)
  endif()
endfunction()
