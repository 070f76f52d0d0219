# bench/timeline.cmake — timeline benchmarks (built, never run by ctest).
# See docs/timeline.md for the commands and figures:
#   build/bench/bench_timeline_tls ../shared             Timeline17 quality
#   build/bench/bench_timeline_tls ../shared --speed 5   4,000-article speed
#   build/bench/bench_timex tests/data/timex             gold TIMEX accuracy
add_executable(bench_timeline_tls ${CMAKE_CURRENT_LIST_DIR}/bench_timeline_tls.c)
target_compile_options(bench_timeline_tls PRIVATE ${SL_WARN})
target_include_directories(bench_timeline_tls PRIVATE ${CMAKE_SOURCE_DIR}/src)
target_link_libraries(bench_timeline_tls PRIVATE storyloom)
set_target_properties(bench_timeline_tls PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bench)
add_executable(bench_timex ${CMAKE_CURRENT_LIST_DIR}/bench_timex.c)
target_compile_options(bench_timex PRIVATE ${SL_WARN})
target_link_libraries(bench_timex PRIVATE storyloom)
set_target_properties(bench_timex PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bench)
