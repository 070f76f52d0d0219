# Digest speed on ~10-article clusters: build/bench/bench_digest ../shared
add_executable(bench_digest ${CMAKE_CURRENT_LIST_DIR}/bench_digest.c)
target_compile_options(bench_digest PRIVATE ${SL_WARN})
target_link_libraries(bench_digest PRIVATE storyloom)
set_target_properties(bench_digest PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bench)
