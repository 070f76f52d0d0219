# Quotation quality on the hand-annotated gold set (docs/quotes.md):
#   build/bench/bench_quotes tests/data/quotes/gold [-v]
add_executable(bench_quotes ${CMAKE_CURRENT_LIST_DIR}/bench_quotes.c)
target_compile_options(bench_quotes PRIVATE ${SL_WARN})
target_link_libraries(bench_quotes PRIVATE storyloom)
set_target_properties(bench_quotes PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bench)
