# tests/cmake/timeline.cmake — `storyloom timeline` and `storyloom eval
# timeline` on the command line (output, options, exit codes).
add_test(NAME timeline_cli COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/timeline_cli.sh
         $<TARGET_FILE:storyloom_cli>)
set_tests_properties(timeline_cli PROPERTIES TIMEOUT 120)
# The tagger's fuzz target, replayed over fuzz/corpus/timex/ (fuzz/replay.c).
add_executable(fuzz_timex_replay ${CMAKE_SOURCE_DIR}/fuzz/fuzz_timex.c ${CMAKE_SOURCE_DIR}/fuzz/replay.c)
target_compile_options(fuzz_timex_replay PRIVATE ${SL_WARN})
target_link_libraries(fuzz_timex_replay PRIVATE storyloom)
add_test(NAME fuzz_timex_replay COMMAND fuzz_timex_replay ${CMAKE_SOURCE_DIR}/fuzz/corpus/timex)
set_tests_properties(fuzz_timex_replay PROPERTIES TIMEOUT 60)
