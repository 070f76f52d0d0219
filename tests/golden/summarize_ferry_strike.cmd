summarize @SRC@/examples/ferry-strike
