# Tests owned by src/align/: the 5,000-sentence speed trap in test_align runs
# under a tighter timeout than the default (it takes well under a second in
# Release; the sanitizer build is ~10x slower).
if(TARGET test_align)
  set_tests_properties(test_align PROPERTIES TIMEOUT 60)
endif()
