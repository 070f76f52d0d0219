# bench/rouge.cmake — ROUGE speed against the official ROUGE-1.5.5 times.
# Run with:  cmake --build build-rel --target bench_rouge
# (build-rel configured with -DCMAKE_BUILD_TYPE=Release); see docs/rouge.md.
add_custom_target(bench_rouge
  COMMAND python3 ${CMAKE_CURRENT_LIST_DIR}/rouge_bench.py --exe $<TARGET_FILE:storyloom_cli>
          --shared ${SL_SHARED_DIR} --runs 5
  DEPENDS storyloom_cli
  USES_TERMINAL
  COMMENT "storyloom eval rouge vs the official ROUGE-1.5.5 times")
