# Summary quality on the dev sets (storyloom's own ROUGE) and time per
# cluster; see docs/quality.md.  Run:  build/bench/quality --shared ../shared
add_executable(quality ${CMAKE_CURRENT_LIST_DIR}/quality.c)
target_include_directories(quality PRIVATE ${CMAKE_SOURCE_DIR}/src)
target_compile_options(quality PRIVATE ${SL_WARN})
target_link_libraries(quality PRIVATE storyloom)
set_target_properties(quality PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bench)
