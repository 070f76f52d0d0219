# tests/cmake/timeline.cmake — `storyloom timeline` and `storyloom eval
# timeline` on the command line (output, options, exit codes).
add_test(NAME timeline_cli COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/timeline_cli.sh
         $<TARGET_FILE:storyloom_cli>)
set_tests_properties(timeline_cli PROPERTIES TIMEOUT 120)
