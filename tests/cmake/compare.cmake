# Tests owned by src/compare/ and the Markdown/HTML renderers.
# The digest JSON must match docs/digest.schema.json (articles, summary,
# coverage) and the coverage invariants (tests/compare_schema.py).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  add_test(NAME compare_json_schema
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/compare_schema.py
                   $<TARGET_FILE:storyloom_cli> ${CMAKE_SOURCE_DIR} ${SL_SHARED_DIR})
  set_tests_properties(compare_json_schema PROPERTIES TIMEOUT 120)
endif()
# `storyloom report` writes one self-contained HTML page by default.
add_test(NAME compare_report_cli
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/compare_report.sh
                 $<TARGET_FILE:storyloom_cli> ${CMAKE_SOURCE_DIR} ${SL_SHARED_DIR})
set_tests_properties(compare_report_cli PROPERTIES TIMEOUT 120)
