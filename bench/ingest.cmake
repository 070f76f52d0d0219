# Ingest throughput benchmark (built, never run by ctest).  See docs/ingest.md:
#   build/bench/bench_ingest /work/shared 5
add_executable(bench_ingest ${CMAKE_CURRENT_LIST_DIR}/bench_ingest.c)
target_compile_options(bench_ingest PRIVATE ${SL_WARN})
target_compile_definitions(bench_ingest PRIVATE SL_REPO_DIR="${CMAKE_SOURCE_DIR}")
target_link_libraries(bench_ingest PRIVATE storyloom)
