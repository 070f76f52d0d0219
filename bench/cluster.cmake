# Clustering (src/cluster/): speed, memory and scaling of the streaming
# clusterer on synthetic streams (tools/gen_stream.py), and quality on the
# labelled dev streams (bench/cluster_quality.sh).  See docs/cluster.md.
#   build/bench/bench_cluster [--repeat R] STREAM.jsonl
add_executable(bench_cluster ${CMAKE_CURRENT_LIST_DIR}/bench_cluster.c)
target_compile_options(bench_cluster PRIVATE ${SL_WARN})
target_link_libraries(bench_cluster PRIVATE storyloom)
set_target_properties(bench_cluster PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bench)
# Near-duplicate marks on generated copies of the dev streams' articles:
#   build/bench/bench_dups [--shared DIR] [--seed N] [--list] [THRESHOLD...]
add_executable(bench_dups ${CMAKE_CURRENT_LIST_DIR}/bench_dups.c)
target_compile_options(bench_dups PRIVATE ${SL_WARN})
target_link_libraries(bench_dups PRIVATE storyloom)
set_target_properties(bench_dups PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bench)
