# Helpers for checking screenshots with ImageMagick; expected colours come from theme files.

# The theme's palette.background, as ImageMagick writes colours ("#0B1F3A").
function(theme_background themes name out)
  file(READ "${themes}/${name}/theme.json" json)
  string(JSON colour GET "${json}" palette background)
  string(TOUPPER "${colour}" colour)
  set(${out} "${colour}" PARENT_SCOPE)
endfunction()

# The most frequent colour of the image.
function(dominant_colour png out)
  execute_process(COMMAND "${CONVERT}" "${png}" -format "%c" histogram:info:-
                  OUTPUT_VARIABLE histogram RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ImageMagick cannot read ${png}")
  endif()
  string(REPLACE "\n" ";" lines "${histogram}")
  set(best_count 0)
  set(best "")
  foreach(line IN LISTS lines)
    if(line MATCHES "^ *([0-9]+):.* (#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]) ")
      if(CMAKE_MATCH_1 GREATER best_count)
        set(best_count "${CMAKE_MATCH_1}")
        string(TOUPPER "${CMAKE_MATCH_2}" best)
      endif()
    endif()
  endforeach()
  set(${out} "${best}" PARENT_SCOPE)
endfunction()

# How many pixels of the image are exactly `colour` ("#F9A825").
function(colour_pixels png colour out)
  execute_process(
    COMMAND "${CONVERT}" "${png}" -fill black +opaque "${colour}" -fill white -opaque "${colour}"
            -format "%[fx:round(mean*w*h)]" info:
    OUTPUT_VARIABLE count)
  set(${out} "${count}" PARENT_SCOPE)
endfunction()

# The built-in theme's palette.background, read from its source (Rgb{0xf2, 0xf2, 0xf2}).
function(builtin_background source out)
  file(READ "${source}" code)
  set(hex "0x([0-9A-Fa-f][0-9A-Fa-f])")
  if(NOT code MATCHES "palette\\.background = Rgb{${hex}, *${hex}, *${hex}}")
    message(FATAL_ERROR "no palette.background in ${source}")
  endif()
  string(TOUPPER "#${CMAKE_MATCH_1}${CMAKE_MATCH_2}${CMAKE_MATCH_3}" colour)
  set(${out} "${colour}" PARENT_SCOPE)
endfunction()

function(image_size png out)
  execute_process(COMMAND "${CONVERT}" "${png}" -format "%wx%h" info: OUTPUT_VARIABLE size)
  set(${out} "${size}" PARENT_SCOPE)
endfunction()

# How many pixels differ between two images ("compare -metric AE" writes the count to stderr).
function(differing_pixels a b out)
  get_filename_component(dir "${CONVERT}" DIRECTORY)
  find_program(COMPARE compare HINTS "${dir}" REQUIRED)
  execute_process(COMMAND "${COMPARE}" -metric AE "${a}" "${b}" null: ERROR_VARIABLE count)
  string(STRIP "${count}" count)
  set(${out} "${count}" PARENT_SCOPE)
endfunction()

# Fails unless `png` shows a warning bar: at least a line of text's worth (800 px by 15 px) of
# the classic theme's warning colour. `what` says what the bar should be about.
function(require_warning_bar themes png what)
  file(READ "${themes}/classic/theme.json" json)
  string(JSON warning GET "${json}" palette warning)
  colour_pixels("${png}" "${warning}" band)
  if(band LESS 12000)
    message(FATAL_ERROR "no warning bar about ${what} in ${png} (${band} pixels of ${warning})")
  endif()
  message("${what}: ${band} pixels of the warning colour ${warning}")
endfunction()
