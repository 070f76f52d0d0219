quotes @SRC@/examples/ferry-strike
