# Bad input through every reading command (tests/cli_robust.sh): no crash,
# no sanitizer report, no hang, documented exit codes, file:line messages,
# the good part of the input kept.  Inputs are generated at run time.
add_test(NAME cli_robust COMMAND bash ${CMAKE_SOURCE_DIR}/tests/cli_robust.sh
         $<TARGET_FILE:storyloom_cli>)
set_tests_properties(cli_robust PROPERTIES TIMEOUT 120)
