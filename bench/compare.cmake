# Benchmark of the coverage part and the Markdown/HTML renderers
# (docs/coverage.md): build/bench/bench_compare [SHARED_DIR] [RUNS]
add_executable(bench_compare ${CMAKE_CURRENT_SOURCE_DIR}/bench_compare.c)
target_include_directories(bench_compare PRIVATE ${CMAKE_SOURCE_DIR}/src)
target_compile_options(bench_compare PRIVATE ${SL_WARN})
target_link_libraries(bench_compare PRIVATE storyloom)
