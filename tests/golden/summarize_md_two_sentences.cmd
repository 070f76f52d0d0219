summarize --sentences 2 --format md @SRC@/examples/ferry-strike
