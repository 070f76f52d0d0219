# Clustering (src/cluster/, src/eval/cluster_metrics.c): the unit tests are
# tests/unit/test_cluster.c (picked up by tests/CMakeLists.txt); this adds the
# command-line behaviour of `storyloom stories` and `storyloom eval cluster`.
add_test(NAME cluster_cli COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/cluster_cli.sh
         $<TARGET_FILE:storyloom_cli> ${CMAKE_SOURCE_DIR} ${SL_SHARED_DIR})
set_tests_properties(cluster_cli PROPERTIES TIMEOUT 120)
