# tests/cmake/rouge.cmake — `storyloom eval rouge` command-line behaviour
# (flags, input forms, --json, exit codes, bad input).  The exact-match
# comparison with the official ROUGE-1.5.5 outputs is tests/unit/test_rouge_official.c.
add_test(NAME rouge_cli COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/rouge_cli.sh
         $<TARGET_FILE:storyloom_cli> ${SL_SHARED_DIR})
set_tests_properties(rouge_cli PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77)
