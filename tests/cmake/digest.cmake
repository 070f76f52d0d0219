# The digest as a whole (src/digest/): the unit test is tests/unit/test_digest.c
# (picked up by tests/CMakeLists.txt); this adds the command line: the same
# files in another order give the same digest (docs/story-order.md).
add_test(NAME digest_order_cli COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/digest_order_cli.sh
         $<TARGET_FILE:storyloom_cli> ${CMAKE_SOURCE_DIR} ${SL_SHARED_DIR})
set_tests_properties(digest_order_cli PROPERTIES TIMEOUT 120)
