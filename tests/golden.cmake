# Runs one CLI golden test: reads ${CMD} (arguments on the first line,
# optional "# exit N" on the second), runs ${EXE}, compares stdout with the
# .out file beside it.  Set SL_UPDATE_GOLDEN=1 in the environment to
# rewrite the .out file (review it by eye before committing).
# Script mode starts with every policy OLD: under the old CMP0053, "@SRC@"
# in a quoted argument is itself a variable reference and the placeholders
# below were never replaced.
cmake_minimum_required(VERSION 3.16)
file(STRINGS ${CMD} lines)
list(GET lines 0 args)
set(want_exit 0)
foreach(l ${lines})
  if(l MATCHES "^# exit ([0-9]+)")
    set(want_exit ${CMAKE_MATCH_1})
  endif()
endforeach()
if(args MATCHES "@SHARED@" AND NOT EXISTS ${SHARED}/seeds)
  message("SKIPPED: ${SHARED} not present")
  return()
endif()
string(REPLACE "@SRC@" "${SRC}" args "${args}")
string(REPLACE "@SHARED@" "${SHARED}" args "${args}")
separate_arguments(args UNIX_COMMAND "${args}")
execute_process(COMMAND ${EXE} ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
                WORKING_DIRECTORY ${SRC})
string(REGEX REPLACE "\\.cmd$" ".out" expf ${CMD})
if(DEFINED ENV{SL_UPDATE_GOLDEN})
  file(WRITE ${expf} "${out}")
endif()
file(READ ${expf} exp)
if(NOT rc EQUAL want_exit)
  message(FATAL_ERROR "exit ${rc}, expected ${want_exit}\nstderr:\n${err}")
endif()
if(NOT out STREQUAL exp)
  file(WRITE ${expf}.actual "${out}")
  message(FATAL_ERROR "output differs from ${expf} (actual written to ${expf}.actual)")
endif()
