# Alignment speed and group dump: build/bench/bench_align ../shared  |  --dump PATH...
add_executable(bench_align ${CMAKE_CURRENT_LIST_DIR}/bench_align.c)
target_compile_options(bench_align PRIVATE ${SL_WARN})
target_include_directories(bench_align PRIVATE ${CMAKE_SOURCE_DIR}/src)
target_link_libraries(bench_align PRIVATE storyloom)
set_target_properties(bench_align PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bench)
