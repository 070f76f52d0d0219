# Ingest module: CLI behaviour of the readers, and the fuzz target (the
# libFuzzer binary only with -DSL_FUZZ=ON and clang; the corpus replay
# always, as a normal test).
add_test(NAME cli_ingest
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/cli_ingest.sh $<TARGET_FILE:storyloom_cli>
                 ${CMAKE_SOURCE_DIR} ${SL_SHARED_DIR})
set_tests_properties(cli_ingest PROPERTIES TIMEOUT 120)

option(SL_FUZZ "build the libFuzzer targets in fuzz/ (clang only)" OFF)
add_subdirectory(${CMAKE_SOURCE_DIR}/fuzz ${CMAKE_BINARY_DIR}/fuzz)
