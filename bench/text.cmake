# Text pipeline benchmark (owned by the text module; see docs/text.md).
#   build/bench/bench_sentences [SHARED_DIR] [GOLD_DIR] [-v]
# prints sentence-boundary precision/recall/F1 on tests/data/sentences and
# the splitter+tokenizer and analyzer throughput over eval/mds/duc2006.jsonl.
add_executable(bench_sentences ${CMAKE_CURRENT_SOURCE_DIR}/bench_sentences.c)
target_include_directories(bench_sentences PRIVATE ${CMAKE_SOURCE_DIR}/src
                           ${CMAKE_SOURCE_DIR}/tests/unit)
target_compile_options(bench_sentences PRIVATE ${SL_WARN})
target_compile_definitions(bench_sentences PRIVATE SL_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
target_link_libraries(bench_sentences PRIVATE storyloom)
